UPDATE events SET detail='{"round":2,"result":"成交"}', price_fen=63000000 WHERE case_id=3 AND kind='拍卖';
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, detail) VALUES(3, '流拍', '2025-03-10', '嵊州市三江街道官河路18号2幢301室', 100000000, 80000000, '{"round":1}');
