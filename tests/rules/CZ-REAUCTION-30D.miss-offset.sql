-- after the failed first round the applicant took the flat in payment (以物抵债 accepted): no re-auction is due
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round, platform, counterparty, result) VALUES
 (2, '流拍', '2026-08-01', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, 48000000, '1', '人民法院诉讼资产网', NULL, NULL),
 (2, '以物抵债', '2026-08-10', '嵊州市鹿山街道鹿山路8号1幢502室', 48000000, 48000000, NULL, NULL, '嵊州市恒昌纺织有限公司', '申请执行人同意');
