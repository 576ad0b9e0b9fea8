-- failed 2026-09-02: the 30th day (10-02) is in the 国庆 holiday, the period ends 10-08, the day it was announced again
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-09-02', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网'),
 (2, '拍卖公告', '2026-10-08', '2026-10-26', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 38400000, '2', '人民法院诉讼资产网');
