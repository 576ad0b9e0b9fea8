-- a bank account frozen on 2026-04-01 with no amount stated (法发〔2019〕35号 第4条: the amount must be stated)
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(2, '冻结', '2026-04-01', '2027-03-31', '存款：浙江剡溪农村商业银行 账号6230910000012345678');
