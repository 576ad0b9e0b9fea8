INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, detail) VALUES(2, '流拍', '2026-08-01', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '{"round":1}');
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, detail) VALUES(2, '流拍', '2026-08-31', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 38400000, '{"round":2}');
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen) VALUES(2, '变卖', '2026-09-25', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 38400000);
