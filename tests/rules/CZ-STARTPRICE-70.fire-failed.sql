-- the first round failed (流拍) at 65%: its price is read from the 流拍 row (no announcement recorded)
DELETE FROM events WHERE case_id=3 AND kind='拍卖公告';
UPDATE events SET round='2', price_fen=52000000 WHERE case_id=3 AND kind='拍卖';
INSERT INTO events(case_id, kind, event_date, item, price_fen, round, platform) VALUES(3, '流拍', '2025-03-10', '嵊州市三江街道官河路18号2幢301室', 65000000, '1', '人民法院诉讼资产网');
