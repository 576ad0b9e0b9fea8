-- as fire-flat-and-deposit, but the frozen 200,000元 was transferred to the court (案款到账 2026-04-02): spent, no longer held; the flat alone is the exception
UPDATE cases SET claim_fen = 15000000 WHERE id = 2;
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES (2, '冻结', '2026-03-25', '2027-03-24', '嵊州农商银行鹿山支行 账号6230910100012345678', 20000000),
 (2, '案款到账', '2026-04-02', NULL, '扣划存款', 20000000);
