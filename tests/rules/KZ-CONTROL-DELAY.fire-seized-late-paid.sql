-- as miss-paid-freely, but the money came by the court's 扣划 on 2026-03-18, after the 7 days (2026-03-12): the late control is the court's, paid off or not
UPDATE events SET result='发现：存款 520,000元（嵊州农商银行鹿山支行）' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
DELETE FROM events WHERE case_id=2 AND kind IN ('查封', '评估');
INSERT INTO events(case_id, kind, event_date, amount_fen, note) VALUES (2, '案款到账', '2026-03-18', 50000000, '扣划存款');
UPDATE cases SET paid_fen = 50000000 WHERE id = 2;
