-- code: CZ-DISCOUNT-20
-- title: 再次拍卖起拍价（保留价）降价幅度超过百分之二十
-- stage: 财产处置
-- severity: 高
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十六条（V1）：“网络司法拍卖竞价期间无人出价的，本次拍卖流拍。流拍后应当在三十日内在同一网络司法拍卖平台再次拍卖，拍卖动产的应当在拍卖七日前公告；拍卖不动产或者其他财产权的应当在拍卖十五日前公告。再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十。……”
-- basis: 委托拍卖：《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第五条第三款（V1）：“如果出现流拍，再行拍卖时，可以酌情降低保留价，但每次降低的数额不得超过前次保留价的百分之二十。”
-- remedy: 建议法院纠正再次拍卖的起拍价（保留价），依法重新确定；已成交且损害当事人利益的，依法审查处理。
-- needs: v_auction_round（同一财产相继各轮：拍卖公告、拍卖、流拍的起拍价/保留价，评估）
-- param: max_cut = 0.2 | 每次降价不得超过前次起拍价（保留价）的比例
-- Each round is compared with the round before it in the same valuation
-- series; the price of a round is the announced 起拍价, else the price the
-- 拍卖/流拍 row carries. A new valuation starts a new series (its first
-- round is checked by CZ-STARTPRICE-70, not here).
SELECT r.case_id, r.item || '@' || r.anchor AS hit_key,
       printf('“%s”第%d次%s（%s）%s%s；前次（第%d次，%s）%s%s；降价%s，降幅%.2f%%，超过前次的%d%%。执行法院%s。',
              r.item, coalesce(r.given_round, r.seq), r.mode,
              coalesce(r.announced || '公告', r.ended || r.outcome), iif(r.mode = '委托拍卖', '保留价', '起拍价'),
              yuan(r.price_fen), coalesce(p.given_round, p.seq),
              coalesce(p.ended || p.outcome, p.announced || '公告'),
              iif(p.mode = '委托拍卖', '保留价', '起拍价'), yuan(p.price_fen), yuan(p.price_fen - r.price_fen),
              100.0 * (p.price_fen - r.price_fen) / p.price_fen, CAST(round(:max_cut * 100) AS INTEGER),
              c.court_name) AS evidence,
       c.src || ' ' || p.src || ' ' || r.src AS sources,
       '已核：两轮之间未重新评估' || coalesce('（评估' || r.valued_date || '）', '') || '；拍卖方式：' || r.mode AS checked
FROM screen_scope s
CROSS JOIN v_auction_round r ON r.case_id = s.case_id
JOIN v_auction_round p ON p.case_id = r.case_id AND p.item = r.item AND p.seq = r.seq - 1
 AND p.valued_date IS r.valued_date
JOIN v_case_state c ON c.case_id = r.case_id
WHERE r.seq >= 2 AND r.price_fen > 0 AND p.price_fen > 0
  AND r.price_fen < round((1 - :max_cut) * p.price_fen)
