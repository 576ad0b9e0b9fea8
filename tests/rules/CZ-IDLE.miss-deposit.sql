-- a frozen deposit is paid over (划拨), not auctioned: not this rule
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES(2, '冻结', '2026-03-01', '2027-02-28', '竺丽萍在嵊州农商银行的存款', 3000000);
