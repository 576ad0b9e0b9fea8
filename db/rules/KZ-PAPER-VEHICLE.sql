-- code: KZ-PAPER-VEHICLE
-- title: 车辆查而未扣（纸面查封）
-- stage: 财产控制
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》第二百五十八条（V1）：“财产被查封、扣押后，执行员应当责令被执行人在指定期间履行法律文书确定的义务。被执行人逾期不履行的，人民法院应当拍卖被查封、扣押的财产；……”
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》第二条（V1）：“……财产线索确实的，人民法院应当及时采取相应的执行措施。……”
-- remedy: 建议法院对已查封车辆及时扣押（实际控制）并依法处置，或说明无法扣押的原因及采取的查找措施。
-- needs: events(查封 item 为车牌号、扣押)
-- param: max_days = 60 | 查封车辆后应实际扣押的期限（天，政策默认）
-- A vehicle item is a plate number: a province character then a letter (浙D12345).
SELECT c.id AS case_id, e.item AS hit_key,
       printf('%s查封车辆%s，至%s已%d天未实际扣押、未处置。', e.event_date, e.item,
              coalesce(c.closing_date, :today),
              CAST(julianday(coalesce(c.closing_date, :today)) - julianday(e.event_date) AS INTEGER)) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events e ON e.case_id = c.id AND e.kind = '查封'
WHERE e.item GLOB '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]*'
  AND substr(e.item, 2, 1) GLOB '[A-Z]' AND length(e.item) BETWEEN 7 AND 8
  AND e.event_date <= date(coalesce(c.closing_date, :today), '-' || :max_days || ' days')
  AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = c.id AND x.item = e.item
                  AND x.kind IN ('扣押', '解封', '拍卖', '变卖', '以物抵债'))
