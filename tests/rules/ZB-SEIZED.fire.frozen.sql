-- 30,000.00元 frozen in the debtor's account (2024-02-01), neither transferred nor released before 终本
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES(1, '冻结', '2024-02-01', '2025-01-31', '银行存款（账号尾号3721）', 3000000);
