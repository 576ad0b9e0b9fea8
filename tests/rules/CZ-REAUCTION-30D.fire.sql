-- online, failed 2026-07-20; the 30th day is Wednesday 08-19 and the next auction was announced 08-20: one day late
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-07-20', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网'),
 (2, '拍卖公告', '2026-08-20', '2026-09-05', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 38400000, '2', '人民法院诉讼资产网');
