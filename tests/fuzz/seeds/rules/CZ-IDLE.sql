-- code: CZ-IDLE
-- title: 查封后长期不评估、不拍卖
-- stage: 财产处置
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》第二百五十八条（V1）：“财产被查封、扣押后，执行员应当责令被执行人在指定期间履行法律文书确定的义务。被执行人逾期不履行的，人民法院应当拍卖被查封、扣押的财产；不适于拍卖或者当事人双方同意不进行拍卖的，人民法院可以委托有关单位变卖或者自行变卖。……”
-- remedy: 建议法院对查封财产及时评估、拍卖或变卖，不得长期查而不处。
-- needs: events(查封、扣押、评估、拍卖、流拍、变卖、解封)
-- param: max_days = 180 | 查封后应启动处置（评估或拍卖）的期限（天，政策默认）
SELECT c.id AS case_id, e.item AS hit_key,
       printf('%s查封“%s”%s，至%s已%d天，未评估、未拍卖或变卖。', e.event_date, e.item,
              iif(e.value_fen IS NULL, '', printf('（价值约%.2f元）', e.value_fen / 100.0)),
              coalesce(c.closing_date, :today),
              CAST(julianday(coalesce(c.closing_date, :today)) - julianday(e.event_date) AS INTEGER)) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events e ON e.case_id = c.id AND e.kind IN ('查封', '扣押') AND e.item IS NOT NULL
WHERE coalesce(c.closing_method, '') NOT IN ('执行完毕', '终结执行', '准许撤回')
  AND e.event_date <= date(coalesce(c.closing_date, :today), '-' || :max_days || ' days')
  AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = c.id AND x.item = e.item
                  AND x.kind IN ('评估', '拍卖', '流拍', '变卖', '以物抵债', '解封'))
GROUP BY c.id, e.item
