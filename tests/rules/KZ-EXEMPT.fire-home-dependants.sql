-- the note names the household the flat shelters (被执行人及其所扶养家属唯一生活必需住房) — not a 第二十条 ground — and the flat was put up for auction
UPDATE events SET note='被执行人及其所扶养家属唯一生活必需住房' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, price_fen, value_fen) VALUES(2, '拍卖公告', '2026-06-01', '2026-07-01', '嵊州市鹿山街道鹿山路8号1幢502室', 42000000, 60000000);
