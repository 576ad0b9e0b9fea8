-- no claim ahead of the applicant is recorded on the flat: the 起拍价 is all the applicant's
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, round, platform) VALUES
 (2, '拍卖通知', '2026-08-25', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', NULL, NULL, NULL, NULL, NULL),
 (2, '拍卖公告', '2026-09-01', '2026-10-12', '嵊州市鹿山街道鹿山路8号1幢502室', 4800000, 60000000, 48000000, '1', '人民法院诉讼资产网');
