-- the first round (480,000.00元) left room over the 400,000.00元 mortgage; the second (384,000.00元) did not, and no one told the applicant
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, round, platform) VALUES
 (2, '拍卖公告', '2026-08-01', '2026-09-02', '嵊州市鹿山街道鹿山路8号1幢502室', 4800000, 60000000, 48000000, '1', '人民法院诉讼资产网'),
 (2, '流拍', '2026-09-03', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', NULL, 60000000, 48000000, '1', '人民法院诉讼资产网'),
 (2, '拍卖公告', '2026-09-20', '2026-10-12', '嵊州市鹿山街道鹿山路8号1幢502室', 3840000, 60000000, 38400000, '2', '人民法院诉讼资产网');
UPDATE events SET priority_fen=40000000 WHERE case_id=2 AND kind='拍卖公告';
