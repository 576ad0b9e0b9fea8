-- 执行完毕 2025-06-30 (Mon): the 限消令 lifted 2025-07-04, after the third working day (2025-07-03)
UPDATE events SET event_date='2025-07-04' WHERE case_id=3 AND kind='解除限制消费';
