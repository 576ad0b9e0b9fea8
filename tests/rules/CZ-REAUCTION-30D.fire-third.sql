-- an auction house's second auction of the flat failed, the applicant refused it in payment 2026-06-10: no third auction within 60 days
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round, platform, result) VALUES
 (2, '流拍', '2026-05-20', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 60000000, '1', '嵊州市越城拍卖有限公司', NULL),
 (2, '流拍', '2026-06-01', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '2', '嵊州市越城拍卖有限公司', NULL),
 (2, '以物抵债', '2026-06-10', '嵊州市鹿山街道鹿山路8号1幢502室', NULL, 48000000, NULL, NULL, '申请执行人不同意');
