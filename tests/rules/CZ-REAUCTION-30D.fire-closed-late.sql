-- online, failed 2026-07-20, the next auction announced only 08-20 (one day late); the flat sold and the case was closed 执行完毕 on 10-30: the delay stands
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-07-20', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网'),
 (2, '拍卖公告', '2026-08-20', '2026-09-05', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 38400000, '2', '人民法院诉讼资产网');
UPDATE cases SET closing_method = '执行完毕', closing_date = '2026-10-30' WHERE id = 2;
