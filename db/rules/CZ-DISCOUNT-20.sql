-- code: CZ-DISCOUNT-20
-- title: 再次拍卖起拍价降价幅度超过百分之二十
-- stage: 财产处置
-- severity: 高
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十六条（V1）：“网络司法拍卖竞价期间无人出价的，本次拍卖流拍。流拍后应当在三十日内在同一网络司法拍卖平台再次拍卖，……再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十。……”
-- remedy: 建议法院纠正再次拍卖起拍价，依法重新确定。
-- needs: events(拍卖 与 流拍，同一 item，price_fen 起拍价)
-- param: max_cut = 0.2 | 每次降价不得超过前次起拍价的比例
SELECT c.id AS case_id, b.item || '@' || b.event_date AS hit_key,
       printf('“%s”前次起拍价%.2f元（%s），再次拍卖起拍价%.2f元（%s），降价%.1f%%，超过%d%%。', b.item,
              a.price_fen / 100.0, a.event_date, b.price_fen / 100.0, b.event_date,
              100.0 * (a.price_fen - b.price_fen) / a.price_fen, CAST(round(:max_cut * 100) AS INTEGER)) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events b ON b.case_id = c.id AND b.kind = '拍卖' AND b.price_fen > 0
JOIN events a ON a.case_id = c.id AND a.kind IN ('拍卖', '流拍') AND a.item = b.item AND a.price_fen > 0
 AND a.event_date = (SELECT max(p.event_date) FROM events p WHERE p.case_id = c.id AND p.item = b.item
                     AND p.kind IN ('拍卖', '流拍') AND p.price_fen > 0 AND p.event_date < b.event_date)
WHERE b.price_fen < (1 - :max_cut) * a.price_fen
GROUP BY c.id, b.item, b.event_date
