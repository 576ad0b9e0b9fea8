-- the first round failed at 1,005,000.00元 (price on the 流拍 row); the second started at 800,000.00元: a 20.40% cut
UPDATE events SET round='2' WHERE case_id=3 AND kind IN ('拍卖公告', '拍卖');
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round, platform) VALUES(3, '流拍', '2025-03-05', '嵊州市三江街道官河路18号2幢301室', 100000000, 100500000, '1', '人民法院诉讼资产网');
