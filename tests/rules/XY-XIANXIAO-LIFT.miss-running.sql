-- 执行完毕 on Thursday 2026-11-12, not yet lifted: the three working days run to 2026-11-17, after today
UPDATE cases SET closing_date='2026-11-12' WHERE id=3;
DELETE FROM events WHERE case_id=3 AND kind='解除限制消费';
