-- an auction house's first auction failed 2026-08-01; the next was held on the 60th day, 09-30
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-08-01', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 60000000, '1', '嵊州市越城拍卖有限公司'),
 (2, '拍卖公告', '2026-09-12', '2026-09-30', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '2', '嵊州市越城拍卖有限公司'),
 (2, '拍卖', '2026-09-30', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '2', '嵊州市越城拍卖有限公司');
