-- the first round failed at 1,000,000.00元, the second started at 800,000.00元: exactly 20%, lawful
UPDATE events SET round='2' WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round, platform) VALUES(3, '流拍', '2025-03-05', '嵊州市三江街道官河路18号2幢301室', 100000000, 100000000, '1', '人民法院诉讼资产网');
