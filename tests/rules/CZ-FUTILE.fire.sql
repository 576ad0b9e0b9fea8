-- 起拍价 480,000.00元 equals the mortgage ahead (472,600.00元) plus the 申请执行费 on the 500,000元 claim (7,400.00元, 诉讼费用交纳办法 第十四条): nothing left, applicant not told
UPDATE events SET priority_fen=47260000 WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, round, platform) VALUES
 (2, '拍卖通知', '2026-08-25', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', NULL, NULL, NULL, NULL, NULL),
 (2, '拍卖公告', '2026-09-01', '2026-10-12', '嵊州市鹿山街道鹿山路8号1幢502室', 4800000, 60000000, 48000000, '1', '人民法院诉讼资产网');
