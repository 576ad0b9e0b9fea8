-- a deposit frozen for 900,000 元 was released (解冻) on 2026-04-01, before today
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES
 (2, '冻结', '2026-03-10', '2027-03-09', '银行存款（账号尾号5521）', 90000000),
 (2, '解封', '2026-04-01', NULL, '银行存款（账号尾号5521）', NULL);
