-- auctioned, but the applicant agreed to deduct five years' rent from the price (执行异议和复议规定 第二十条第一款第（三）项)
UPDATE events SET obstacle='被执行人及其家属唯一住房' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, price_fen, value_fen, note) VALUES(2, '拍卖公告', '2026-06-01', '2026-07-01', '嵊州市鹿山街道鹿山路8号1幢502室', 42000000, 60000000, '申请执行人同意从变价款中扣除五年租金');
