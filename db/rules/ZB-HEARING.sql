-- code: ZB-HEARING
-- title: 终本前未告知申请执行人并听取意见
-- stage: 终本
-- severity: 中
-- version: 1
-- verification: V3
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第五条（条文序号待核，内容V3）：“终结本次执行程序前，人民法院应当将案件执行情况、采取的财产调查措施、被执行人的财产情况、终结本次执行程序的依据及法律后果等信息告知申请执行人，并听取其对终结本次执行程序的意见。”
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条（V1）：“经过财产调查未发现可供执行的财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准后，可以裁定终结本次执行程序。”
-- remedy: 建议法院补正告知申请执行人、听取意见的程序，并将意见记录入卷。
-- needs: events(终本前告知申请人、终本)
SELECT c.id AS case_id, '' AS hit_key,
       printf('终本日期%s，卷内无终本前告知申请执行人并听取意见的记录。', c.closing_date) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
WHERE c.closing_method = '终结本次执行程序' AND c.closing_date IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind = '终本前告知申请人'
                  AND e.event_date <= c.closing_date)
