-- in a 终本 case a frozen deposit (one-year term to 2025-06-19) lapsed unrenewed while the debt is unpaid
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES(1, '冻结', '2024-06-20', '2025-06-19', '银行存款（账号尾号4417）', 1200000);
