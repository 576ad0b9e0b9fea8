-- as fire-consent, but the court transferred the case (移送破产 2024-05-20) before the 终本 that followed the bankruptcy
UPDATE parties SET kind = 'org', name = '嵊州市恒达机械有限公司', id_no = '91330683MA2HJK6Z3Q' WHERE id = 2;
INSERT INTO events(case_id, kind, event_date, result) VALUES (1, '破产释明', '2024-05-10', '被执行人同意移送破产审查'),
 (1, '移送破产', '2024-05-20', NULL);
