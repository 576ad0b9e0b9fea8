-- code: ZH-RESUME
-- title: 终本后被执行人名下出现财产而未恢复执行
-- stage: 终本后
-- severity: 高
-- version: 1
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条（V2）：“终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以向执行法院申请恢复执行。……执行法院核查属实的，应当恢复执行。”“……符合恢复执行条件的，执行法院应当及时恢复执行。”
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第二款（V1）：“依照前款规定终结执行后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。”
-- remedy: 建议法院核查该财产，依法恢复执行并采取控制措施。
-- needs: registry_records(不动产、车辆、公积金、股权、存款)；events(恢复执行)
-- param: grace_days = 30 | 财产登记后应恢复执行的期限（天，政策默认：规定为“及时”）
SELECT c.id AS case_id, r.kind || ':' || coalesce(r.reg_no, r.item) AS hit_key,
       printf('终本日期%s；%s被执行人%s名下新登记%s“%s”%s（%s匹配），已逾%d天未恢复执行。',
              c.closing_date, r.start_date, r.holder_name, r.kind, coalesce(r.item, r.reg_no, ''),
              iif(r.value_fen IS NULL, '', printf('，价值约%.2f元', r.value_fen / 100.0)),
              iif(r.match = 'id', '证件号', '仅姓名'), :grace_days) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN case_parties cp ON cp.case_id = c.id AND cp.role = '被执行人'
-- CROSS JOIN keeps the order case → debtor → registry (no ANALYZE statistics needed)
CROSS JOIN registry_records r ON r.party_id = cp.party_id
WHERE c.closing_method = '终结本次执行程序' AND c.closing_date IS NOT NULL
  AND r.kind IN ('不动产', '车辆', '公积金', '股权', '存款')
  AND r.start_date > c.closing_date
  AND r.start_date <= date(:today, '-' || :grace_days || ' days')
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind = '恢复执行'
                  AND e.event_date >= r.start_date)
