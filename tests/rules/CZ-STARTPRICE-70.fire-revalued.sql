-- two rounds failed, the flat was valued again at 900,000.00元 and offered anew at 60% of that: a new first round
DELETE FROM events WHERE case_id=3 AND kind='拍卖公告';
UPDATE events SET event_date='2025-04-20', round='1', price_fen=54000000, value_fen=90000000 WHERE case_id=3 AND kind='拍卖';
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round, platform) VALUES
 (3, '流拍', '2025-03-01', '嵊州市三江街道官河路18号2幢301室', 100000000, 80000000, '1', '人民法院诉讼资产网'),
 (3, '流拍', '2025-03-25', '嵊州市三江街道官河路18号2幢301室', 100000000, 64000000, '2', '人民法院诉讼资产网'),
 (3, '评估', '2025-04-01', '嵊州市三江街道官河路18号2幢301室', 90000000, NULL, NULL, NULL);
