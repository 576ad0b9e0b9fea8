-- failed 2026-09-10: the 30th day is Saturday 10-10, a 调休 working day, and the auction was announced that day
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-09-10', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网'),
 (2, '拍卖公告', '2026-10-10', '2026-10-28', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 38400000, '2', '人民法院诉讼资产网');
