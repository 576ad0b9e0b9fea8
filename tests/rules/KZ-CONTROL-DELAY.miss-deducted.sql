-- the deposit found 2026-10-01 was deducted (扣划, 民诉法解释 第四百八十四条) and received on 2026-10-05
UPDATE events SET result='发现：银行存款52,300元（嵊州农商银行）' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-10-01';
INSERT INTO events(case_id, kind, event_date, item, amount_fen) VALUES(2, '案款到账', '2026-10-05', '扣划存款', 5230000);
