-- the flat is recorded as the debtor's only home (唯一住房) and was still put up for auction (拍卖公告 2026-06-01)
UPDATE events SET obstacle='被执行人及其家属唯一住房' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, price_fen, value_fen) VALUES(2, '拍卖公告', '2026-06-01', '2026-07-01', '嵊州市鹿山街道鹿山路8号1幢502室', 42000000, 60000000);
