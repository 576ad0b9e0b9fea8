-- as fire-consent, but both sides declined (申请执行人、被执行人均不同意移送破产审查): 终本 is lawful
UPDATE parties SET kind = 'org', name = '嵊州市恒达机械有限公司', id_no = '91330683MA2HJK6Z3Q' WHERE id = 2;
INSERT INTO events(case_id, kind, event_date, result) VALUES (1, '破产释明', '2024-05-10', '申请执行人、被执行人均不同意移送破产审查');
