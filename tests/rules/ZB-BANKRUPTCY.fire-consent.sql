-- a company's only case: the debtor agreed to a 移送破产 (破产释明 2024-05-10), yet the court closed it 终本 on 2024-06-20 instead of transferring it (第五百一十一条 应当)
UPDATE parties SET kind = 'org', name = '嵊州市恒达机械有限公司', id_no = '91330683MA2HJK6Z3Q' WHERE id = 2;
INSERT INTO events(case_id, kind, event_date, result) VALUES (1, '破产释明', '2024-05-10', '被执行人同意移送破产审查；申请执行人不同意');
