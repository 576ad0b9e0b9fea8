-- the only home of the debtor's household, but the note records that the person obliged to support them owns another home (扶养义务人另有住房: 第二十条第一款第（一）项)
UPDATE events SET note='被执行人及其所扶养家属唯一生活必需住房；其扶养义务人名下另有住房可供居住' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, price_fen, value_fen) VALUES(2, '拍卖公告', '2026-06-01', '2026-07-01', '嵊州市鹿山街道鹿山路8号1幢502室', 42000000, 60000000);
