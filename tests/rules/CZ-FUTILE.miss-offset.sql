-- nothing would be left, but after the failed round the applicant took the flat in payment (以物抵债 accepted)
UPDATE events SET priority_fen=55000000 WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, round, platform, result) VALUES
 (2, '拍卖公告', '2026-09-01', '2026-10-12', '嵊州市鹿山街道鹿山路8号1幢502室', 4800000, 60000000, 48000000, '1', '人民法院诉讼资产网', NULL),
 (2, '流拍', '2026-10-13', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', NULL, 60000000, 48000000, '1', '人民法院诉讼资产网', NULL),
 (2, '以物抵债', '2026-10-20', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', NULL, NULL, 48000000, NULL, NULL, '申请执行人同意');
