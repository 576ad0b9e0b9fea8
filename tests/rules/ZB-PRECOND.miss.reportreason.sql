-- the debtor reported late with good reason (住院治疗, 有正当理由逾期报告): no breach, nothing to sanction before 终本
INSERT INTO events(case_id, kind, event_date, result) VALUES(1, '财产报告', '2024-01-25', '因住院治疗有正当理由逾期报告');
