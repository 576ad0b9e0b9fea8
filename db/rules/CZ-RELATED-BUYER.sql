-- code: CZ-RELATED-BUYER
-- title: 拍卖买受人与被执行人关联
-- stage: 财产处置
-- severity: 高
-- version: 1
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》第一百一十六条（V1）：“被执行人与他人恶意串通，通过诉讼、仲裁、调解等方式逃避履行法律文书确定的义务的，人民法院应当根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。”
-- basis: 《最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释》（法释〔2024〕13号）第八条（V1）：“案外人明知负有执行义务的人有能力执行而拒不执行人民法院的判决、裁定，与其通谋，协助实施隐藏、转移财产等拒不执行行为，致使判决、裁定无法执行的，以拒不执行判决、裁定罪的共犯论处。”
-- remedy: 建议法院审查买受人与被执行人的关联关系及竞买过程，发现恶意串通的依法处理；涉嫌犯罪的移送线索。
-- needs: events(拍卖：counterparty 买受人、counterparty_id)；registry_records(企业登记：被执行人任法定代表人或股东的企业)
SELECT c.id AS case_id, e.item || '@' || e.event_date AS hit_key,
       printf('%s拍卖“%s”，买受人%s%s，成交价%.2f元。', e.event_date, e.item, e.counterparty,
              iif(e.counterparty_id = p.id_no, '即被执行人本人（证件号相同）',
                  printf('系被执行人%s任%s的企业（企业登记）', p.name,
                         coalesce((SELECT coalesce(r.role, json_extract(r.detail, '$.role')) FROM registry_records r
                                   WHERE r.party_id = p.id AND r.kind = '企业登记' AND r.item = e.counterparty LIMIT 1), '股东或法定代表人'))),
              coalesce(e.amount_fen, 0) / 100.0) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events e ON e.case_id = c.id AND e.kind = '拍卖' AND e.counterparty IS NOT NULL
JOIN case_parties cp ON cp.case_id = c.id AND cp.role = '被执行人'
JOIN parties p ON p.id = cp.party_id
WHERE (e.counterparty_id IS NOT NULL AND e.counterparty_id = p.id_no)
   OR EXISTS (SELECT 1 FROM registry_records r WHERE r.party_id = p.id AND r.kind = '企业登记'
              AND r.item = e.counterparty AND (r.end_date IS NULL OR r.end_date >= e.event_date))
GROUP BY c.id, e.id
