-- the 报告财产令 is recorded as 逾期未报告 (breach 2026-03-09) and the debtor was listed on 2026-03-20, within the 30 days
UPDATE events SET result = '逾期未报告' WHERE case_id = 2 AND kind = '报告财产令';
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (2, '失信', '2026-03-20', '2028-03-20', '失信规定第一条第（四）项：违反财产报告制度');
