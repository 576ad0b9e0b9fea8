-- 30,000.00元 frozen (2024-02-01) and transferred to the court (案款到账 扣划 2024-02-10) before 终本
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES(1, '冻结', '2024-02-01', '2025-01-31', '银行存款（账号尾号3721）', 3000000);
INSERT INTO events(case_id, kind, event_date, item, amount_fen) VALUES(1, '案款到账', '2024-02-10', '扣划存款', 3000000);
