-- as miss-single-flat, but a deposit of 200,000元 is frozen too: the deposit alone covers the 150,000元, so the flat (or part of the deposit) can be released
UPDATE cases SET claim_fen = 15000000 WHERE id = 2;
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES (2, '冻结', '2026-03-25', '2027-03-24', '嵊州农商银行鹿山支行 账号6230910100012345678', 20000000);
