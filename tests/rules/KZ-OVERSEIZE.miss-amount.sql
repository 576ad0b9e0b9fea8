-- the same account frozen for 100,000.00元, well within the 500,000.00元 owed
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES(2, '冻结', '2026-04-01', '2027-03-31', '存款：浙江剡溪农村商业银行 账号6230910000012345678', 10000000);
