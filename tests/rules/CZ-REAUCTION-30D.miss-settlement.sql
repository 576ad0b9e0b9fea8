-- the first online round failed 2026-08-01; the parties settled on 08-15 (instalments 履行中): no re-auction while it runs
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform, result) VALUES
 (2, '流拍', '2026-08-01', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网', NULL),
 (2, '和解', '2026-08-15', '2027-08-15', NULL, NULL, NULL, NULL, NULL, '履行中');
