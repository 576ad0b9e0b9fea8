-- code: ZB-PRECOND
-- title: 终本前置程序缺失（执行通知、报告财产令、限制消费令）
-- stage: 终本
-- severity: 高
-- version: 3
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条（V2）：“人民法院终结本次执行程序，应当同时符合下列条件：（一）已向被执行人发出执行通知、责令被执行人报告财产；（二）已向被执行人发出限制消费令，并将符合条件的被执行人纳入失信被执行人名单；……”
-- basis: 同规定第二条（V2）：“本规定第一条第一项中的‘责令被执行人报告财产’，是指应当完成下列事项：（一）向被执行人发出报告财产令；……”
-- remedy: 建议法院撤销终本裁定，补正执行通知、报告财产令、限制消费令等程序后依法处理。
-- needs: events(执行通知、报告财产令、限制消费、终本)，或经人工确认的扫描文书要素（文书种类、措施）
-- A fact a person confirmed from a scanned document counts like an event; a
-- measure the document says was not taken (negated) does not.
SELECT id AS case_id, '' AS hit_key,
       printf('终本日期%s，此前未见%s。', closing_date,
              substr(iif(notice, '', '、执行通知') || iif(report, '', '、报告财产令') || iif(xx, '', '、限制消费令'), 2)) AS evidence
FROM (SELECT c.id, c.closing_date,
             EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind = '执行通知' AND e.event_date <= c.closing_date)
             OR EXISTS (SELECT 1 FROM facts f WHERE f.case_id = c.id AND f.status IN ('confirmed', 'corrected')
                        AND f.field = 'kind' AND f.value = '执行通知书') AS notice,
             EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind = '报告财产令' AND e.event_date <= c.closing_date)
             OR EXISTS (SELECT 1 FROM facts f WHERE f.case_id = c.id AND f.status IN ('confirmed', 'corrected')
                        AND f.field = 'kind' AND f.value = '报告财产令') AS report,
             EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind = '限制消费' AND e.event_date <= c.closing_date)
             OR EXISTS (SELECT 1 FROM facts f WHERE f.case_id = c.id AND f.status IN ('confirmed', 'corrected')
                        AND ((f.field = 'kind' AND f.value = '限制消费令')
                             OR (f.field = 'measure' AND f.value = '限制消费' AND f.negated = 0))) AS xx
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      WHERE c.closing_method = '终结本次执行程序' AND c.closing_date IS NOT NULL)
WHERE NOT (notice AND report AND xx)
