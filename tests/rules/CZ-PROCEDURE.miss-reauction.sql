-- the second online auction of the flat was announced 2025-03-10 with bidding from 03-25: the 15 days a re-auction needs
UPDATE events SET event_date='2025-01-20' WHERE case_id=3 AND kind='评估';
UPDATE events SET event_date='2025-01-25' WHERE case_id=3 AND kind='拍卖通知';
UPDATE events SET event_date='2025-03-10', end_date='2025-03-25', round='2' WHERE case_id=3 AND kind='拍卖公告';
UPDATE events SET event_date='2025-03-26', round='2' WHERE case_id=3 AND kind='拍卖';
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, round, platform) VALUES
 (3, '拍卖公告', '2025-02-01', '2025-03-05', '嵊州市三江街道官河路18号2幢301室', 10000000, 100000000, 100000000, '1', '人民法院诉讼资产网'),
 (3, '流拍', '2025-03-06', NULL, '嵊州市三江街道官河路18号2幢301室', NULL, 100000000, 100000000, '1', '人民法院诉讼资产网');
