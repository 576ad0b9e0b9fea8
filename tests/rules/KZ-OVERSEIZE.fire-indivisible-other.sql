-- an indivisible flat worth 900,000 元 plus a deposit frozen for 500,000 元 that covers the debt alone: the flat is releasable
UPDATE events SET value_fen=90000000, indivisible=1 WHERE case_id=2 AND kind IN ('查封', '评估');
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES
 (2, '冻结', '2026-03-10', '2027-03-09', '银行存款（账号尾号5521）', 50000000);
