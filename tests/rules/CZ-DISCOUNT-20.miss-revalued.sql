-- after the failed first round the flat was valued again (700,000.00元): the new series starts over, no cut is measured across it
UPDATE events SET round='1', price_fen=56000000, value_fen=70000000 WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round, platform) VALUES
 (3, '流拍', '2025-02-26', '嵊州市三江街道官河路18号2幢301室', 100000000, 100000000, '1', '人民法院诉讼资产网'),
 (3, '评估', '2025-03-01', '嵊州市三江街道官河路18号2幢301室', 70000000, NULL, NULL, NULL);
UPDATE events SET event_date='2025-01-20' WHERE case_id=3 AND kind='评估' AND value_fen=100000000;
