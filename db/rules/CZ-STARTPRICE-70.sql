-- code: CZ-STARTPRICE-70
-- title: 首次拍卖起拍价低于评估价的百分之七十
-- stage: 财产处置
-- severity: 高
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第十条（V1）：“网络司法拍卖应当确定保留价，拍卖保留价即为起拍价。起拍价由人民法院参照评估价确定；未作评估的，参照市价确定，并征询当事人意见。起拍价不得低于评估价或者市价的百分之七十。”
-- remedy: 建议法院纠正起拍价确定错误，依法重新确定起拍价；已成交损害当事人利益的，依法处理。
-- needs: events(拍卖：value_fen 评估价、price_fen 起拍价、detail.round)
-- param: min_ratio = 0.7 | 起拍价不得低于评估价的比例
SELECT c.id AS case_id, e.item || '@' || e.event_date AS hit_key,
       printf('%s拍卖“%s”（第一次），评估价%.2f元，起拍价%.2f元，仅为评估价的%.1f%%，低于%d%%。', e.event_date, e.item,
              e.value_fen / 100.0, e.price_fen / 100.0, 100.0 * e.price_fen / e.value_fen,
              CAST(round(:min_ratio * 100) AS INTEGER)) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events e ON e.case_id = c.id AND e.kind = '拍卖'
WHERE coalesce(CAST(e.round AS INTEGER), json_extract(e.detail, '$.round'), 1) = 1
  AND e.value_fen > 0 AND e.price_fen > 0 AND e.price_fen < :min_ratio * e.value_fen
