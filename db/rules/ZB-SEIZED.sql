-- code: ZB-SEIZED
-- title: 已查封扣押的财产未处置即终本
-- stage: 终本
-- severity: 高
-- version: 1
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》第二百五十八条（V1）：“财产被查封、扣押后，执行员应当责令被执行人在指定期间履行法律文书确定的义务。被执行人逾期不履行的，人民法院应当拍卖被查封、扣押的财产；……”
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（三）项（V2）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”。
-- remedy: 建议法院对已查封、扣押的财产依法评估、拍卖，或说明不能处置的理由；理由不成立的恢复执行。
-- needs: events(查封、扣押、解封、拍卖、终本)
SELECT c.id AS case_id, e.item AS hit_key,
       printf('%s查封/扣押“%s”%s，至终本日%s未解封、未拍卖成交。', e.event_date, e.item,
              iif(e.value_fen IS NULL, '', printf('（价值约%.2f元）', e.value_fen / 100.0)), c.closing_date) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events e ON e.case_id = c.id AND e.kind IN ('查封', '扣押') AND e.event_date <= c.closing_date
WHERE c.closing_method = '终结本次执行程序' AND c.closing_date IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = c.id AND x.item = e.item
                  AND x.event_date <= c.closing_date
                  AND (x.kind IN ('解封', '变卖', '以物抵债') OR (x.kind = '拍卖' AND x.amount_fen > 0)))
GROUP BY c.id, e.item
