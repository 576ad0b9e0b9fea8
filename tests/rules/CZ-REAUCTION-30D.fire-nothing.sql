-- online, failed 2026-08-01 (round only in the old detail JSON); nothing since: the 30 days ran out 08-31
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, detail) VALUES(2, '流拍', '2026-08-01', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '{"round":1}');
