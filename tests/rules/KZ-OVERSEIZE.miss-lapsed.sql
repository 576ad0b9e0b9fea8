-- a deposit frozen for 900,000 元 until 2026-10-31 lapsed unrenewed (查封规定 第二十七条): no longer in force
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES
 (2, '冻结', '2025-11-01', '2026-10-31', '银行存款（账号尾号5521）', 90000000);
