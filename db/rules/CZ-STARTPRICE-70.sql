-- code: CZ-STARTPRICE-70
-- title: 第一次拍卖起拍价（保留价）低于法定下限
-- stage: 财产处置
-- severity: 高
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第十条（V1）：“网络司法拍卖应当确定保留价，拍卖保留价即为起拍价。起拍价由人民法院参照评估价确定；未作评估的，参照市价确定，并征询当事人意见。起拍价不得低于评估价或者市价的百分之七十。”
-- basis: 委托拍卖：《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第五条（V1）：“拍卖应当确定保留价。拍卖财产经过评估的，评估价即为第一次拍卖的保留价；未作评估的，保留价由人民法院参照市价确定，并应当征询有关当事人的意见。……”
-- basis: 拍卖方式：《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二条（V1）：“人民法院以拍卖方式处置财产的，应当采取网络司法拍卖方式，但法律、行政法规和司法解释规定必须通过其他途径处置，或者不宜采用网络拍卖方式处置的除外。”第三十七条第二款（V1）：“执行程序中委托拍卖机构通过互联网平台实施网络拍卖的，参照本规定执行。”
-- remedy: 建议法院纠正起拍价（保留价）确定错误，依法重新确定；已成交且损害当事人利益的，依法审查处理。
-- needs: v_auction_round（拍卖公告、拍卖、流拍：起拍价/保留价、评估价、轮次、拍卖平台）；v_events（评估：评估价）
-- param: min_ratio = 0.7 | 网络司法拍卖起拍价不得低于评估价的比例（网拍规定第十条）
-- A first round is the first auction after the valuation it starts from (a
-- new valuation after failed rounds starts a new series). Online: 起拍价 ≥
-- 70% of the valuation; an auction house's auction (委托拍卖): the 保留价 of
-- the first round is the valuation itself. Unvalued property (市价) is not
-- checked: the data carry no market price.
SELECT r.case_id, r.item || '@' || r.anchor AS hit_key,
       printf('%s“%s”第一次%s%s：%s%s，评估价%s（%s），为评估价的%.2f%%，%s。执行法院%s。',
              coalesce(r.announced || '公告、' || r.ended || iif(r.outcome = '成交', '成交', '流拍'),
                       r.announced || '公告', r.ended || iif(r.outcome = '成交', '成交', '流拍')),
              r.item, r.mode, coalesce('（' || r.platform || '）', ''),
              iif(r.mode = '委托拍卖', '保留价', '起拍价'), yuan(r.price_fen), yuan(r.value_fen),
              coalesce(r.valued_date || '评估', '拍卖公告载明'), 100.0 * r.price_fen / r.value_fen,
              iif(r.mode = '委托拍卖', '低于评估价（第一次拍卖的保留价应为评估价）',
                  printf('低于%d%%', CAST(round(:min_ratio * 100) AS INTEGER))),
              c.court_name) AS evidence,
       c.src || ' ' || r.src AS sources,
       '已核：' || iif(r.valued_date IS NULL, '第一次拍卖', '自' || r.valued_date || '评估后的第一次拍卖')
       || '；拍卖方式：' || r.mode || coalesce('（' || r.platform || '）', '（未载平台，按网络司法拍卖）') AS checked
FROM screen_scope s
CROSS JOIN v_auction_round r ON r.case_id = s.case_id
JOIN v_case_state c ON c.case_id = r.case_id
WHERE r.seq = 1 AND r.price_fen > 0 AND r.value_fen > 0
  AND (r.given_round IS NULL OR r.given_round = 1
       OR EXISTS (SELECT 1 FROM v_auction_round p WHERE p.case_id = r.case_id AND p.item = r.item
                  AND p.anchor < r.valued_date))
  AND r.price_fen < iif(r.mode = '委托拍卖', r.value_fen, round(:min_ratio * r.value_fen))
