-- the first online round failed 2026-08-01 and enforcement was suspended (中止) from 08-10 to 11-30: the rule waits
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-08-01', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网'),
 (2, '中止', '2026-08-10', '2026-11-30', NULL, NULL, NULL, NULL, NULL);
