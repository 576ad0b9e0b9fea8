-- online, failed 2026-07-20, no second auction — but the debtor paid and the case was closed 执行完毕 on 08-10, before the 30 days ran out (08-19)
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, price_fen, round, platform) VALUES
 (2, '流拍', '2026-07-20', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网');
UPDATE cases SET closing_method = '执行完毕', closing_date = '2026-08-10' WHERE id = 2;
