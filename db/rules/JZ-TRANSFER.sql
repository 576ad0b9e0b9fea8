-- code: JZ-TRANSFER
-- title: 立案后被执行人转移名下财产（拒执、非法处置查封财产线索）
-- stage: 刑事线索
-- severity: 高
-- version: 1
-- verification: V1
-- basis: 《中华人民共和国刑法》第三百一十三条（V1）：“对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。……”
-- basis: 《最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第六条（V1）：“行为人为逃避执行义务，在诉讼开始后、裁判生效前实施隐藏、转移财产等行为，在判决、裁定生效后经查证属实，要求其执行而拒不执行的，可以认定其有能力执行而拒不执行，情节严重，以拒不执行判决、裁定罪追究刑事责任。……”
-- basis: 《中华人民共和国刑法》第三百一十四条（V1）：“隐藏、转移、变卖、故意毁损已被司法机关查封、扣押、冻结的财产，情节严重的，处三年以下有期徒刑、拘役或者罚金。”
-- remedy: 建议法院调查财产去向，依法撤销不当处分、追回财产；涉嫌拒不执行判决、裁定罪或非法处置查封、扣押、冻结的财产罪的，移送公安机关。
-- needs: registry_records(不动产、车辆、股权 的 end_date 转出日、detail.to 受让人)；cases(立案日、到位金额)
SELECT c.id AS case_id, r.kind || ':' || coalesce(r.reg_no, r.item) AS hit_key,
       printf('立案日期%s；%s被执行人%s名下%s“%s”%s转出%s，案件%s，未履行金额%.2f元。', c.filing_date, r.end_date,
              r.holder_name, r.kind, coalesce(r.item, r.reg_no, ''),
              iif(r.value_fen IS NULL, '', printf('（价值约%.2f元）', r.value_fen / 100.0)),
              coalesce('给' || coalesce(r.to_name, json_extract(r.detail, '$.to')), ''), coalesce(c.closing_method, '未结'),
              (coalesce(c.claim_fen, 0) - coalesce(c.paid_fen, 0)) / 100.0) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN case_parties cp ON cp.case_id = c.id AND cp.role = '被执行人'
-- CROSS JOIN keeps the order case → debtor → registry (no ANALYZE statistics needed)
CROSS JOIN registry_records r ON r.party_id = cp.party_id AND r.kind IN ('不动产', '车辆', '股权')
WHERE r.end_date > c.filing_date
  AND coalesce(c.paid_fen, 0) < coalesce(c.claim_fen, 0)
  AND coalesce(c.closing_method, '') NOT IN ('执行完毕', '终结执行')
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND e.kind IN ('拍卖', '变卖', '以物抵债')
                  AND e.item = r.item)
