-- the query of 2026-10-01 found a deposit of 52,300 元; nothing was frozen or deducted since
UPDATE events SET result='发现：银行存款52,300元（嵊州农商银行）' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-10-01';
