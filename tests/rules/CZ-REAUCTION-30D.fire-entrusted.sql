-- an auction house's first auction failed 2026-08-01: the next one must be held within 60 days (by 09-30); held 10-09
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-08-01', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 60000000, '1', '嵊州市越城拍卖有限公司'),
 (2, '拍卖公告', '2026-09-20', '2026-10-09', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '2', '嵊州市越城拍卖有限公司'),
 (2, '流拍', '2026-10-09', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '2', '嵊州市越城拍卖有限公司');
