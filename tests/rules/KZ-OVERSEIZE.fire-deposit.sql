-- a deposit frozen for 900,000 元 on top of the flat (600,000 元) for a 500,000 元 debt: the frozen money is divisible
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES
 (2, '冻结', '2026-03-10', '2027-03-09', '银行存款（账号尾号5521）', 90000000);
