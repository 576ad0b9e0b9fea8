-- as fire-went-on, but the new reserve is 580,000元, above the 550,000元 ahead plus the 申请执行费: the auction may go on
UPDATE events SET priority_fen=55000000 WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, round, platform, result) VALUES
 (2, '拍卖通知', '2026-08-25', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', NULL, NULL, NULL, NULL, NULL, '已告知申请执行人：拍卖所得清偿优先债权及执行费用后无剩余可能；申请执行人五日内申请继续拍卖'),
 (2, '拍卖公告', '2026-09-01', '2026-10-12', '嵊州市鹿山街道鹿山路8号1幢502室', 5800000, 60000000, 58000000, '1', '人民法院诉讼资产网', NULL);
