-- the second online auction failed too: 变卖 is optional then (网拍规定 第二十六条第二款), no period runs
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-07-01', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网'),
 (2, '拍卖公告', '2026-07-20', '2026-08-09', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 38400000, '2', '人民法院诉讼资产网'),
 (2, '流拍', '2026-08-10', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 38400000, '2', '人民法院诉讼资产网');
