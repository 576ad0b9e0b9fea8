-- 执行完毕 2025-06-30 and the 限制消费令 was never lifted
DELETE FROM events WHERE case_id=3 AND kind='解除限制消费';
