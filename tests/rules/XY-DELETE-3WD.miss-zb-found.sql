-- listed on 第一条第（一）项; the first query after 终本 found a deposit: 第十条第一款第（四）项 not met
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '失信', '2024-02-01', '失信规定第一条第（一）项：有履行能力而拒不履行');
UPDATE events SET result='发现：银行存款12,000.00元' WHERE case_id=1 AND kind='终本后查询' AND event_date='2024-11-20';
