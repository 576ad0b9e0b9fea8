-- code: ZB-PROPERTY
-- title: 带财终本：终本时被执行人名下登记有财产
-- stage: 终本
-- severity: 高
-- version: 1
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（三）项（V2）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”。
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条（V1）：“经过财产调查未发现可供执行的财产，在申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准后，可以裁定终结本次执行程序。……”
-- remedy: 建议法院核查登记财产，撤销终本裁定并恢复执行，依法查封、处置该财产。
-- needs: registry_records(不动产、车辆、公积金、股权、存款)，与被执行人按证件号或姓名匹配
-- param: min_value_yuan = 1000 | 登记价值低于此数（元）的财产不计（价值未知的计入）
SELECT c.id AS case_id, r.kind || ':' || coalesce(r.reg_no, r.item) AS hit_key,
       printf('终本日期%s，被执行人%s名下登记有%s“%s”%s（登记日%s，%s；%s匹配），终本时仍在其名下。',
              c.closing_date, r.holder_name, r.kind, coalesce(r.item, r.reg_no, ''),
              iif(r.value_fen IS NULL, '', printf('，价值约%.2f元', r.value_fen / 100.0)),
              coalesce(r.start_date, '不详'), iif(r.end_date IS NULL, '至今未转出', '于' || r.end_date || '转出'),
              iif(r.match = 'id', '证件号', '仅姓名')) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN case_parties cp ON cp.case_id = c.id AND cp.role = '被执行人'
-- CROSS JOIN keeps the order case → debtor → registry (no ANALYZE statistics needed)
CROSS JOIN registry_records r ON r.party_id = cp.party_id
WHERE c.closing_method = '终结本次执行程序' AND c.closing_date IS NOT NULL
  AND r.kind IN ('不动产', '车辆', '公积金', '股权', '存款')
  AND (r.start_date IS NULL OR r.start_date <= c.closing_date)
  AND (r.end_date IS NULL OR r.end_date > c.closing_date)
  AND coalesce(r.value_fen, :min_value_yuan * 100) >= :min_value_yuan * 100
