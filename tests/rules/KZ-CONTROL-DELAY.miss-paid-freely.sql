-- the online query of 2026-03-05 found a deposit; the court froze nothing, and on 2026-03-18 the debtor paid the whole 500,000元 of its own accord (案款到账 主动履行): no harm, nothing left to control
UPDATE events SET result='发现：存款 520,000元（嵊州农商银行鹿山支行）' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
DELETE FROM events WHERE case_id=2 AND kind IN ('查封', '评估');
INSERT INTO events(case_id, kind, event_date, amount_fen, note) VALUES (2, '案款到账', '2026-03-18', 50000000, '被执行人主动履行');
UPDATE cases SET paid_fen = 50000000 WHERE id = 2;
