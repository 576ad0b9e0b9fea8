-- failed 2026-11-01: the 30 days run to 12-01, not over yet
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round, platform) VALUES(2, '流拍', '2026-11-01', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网');
