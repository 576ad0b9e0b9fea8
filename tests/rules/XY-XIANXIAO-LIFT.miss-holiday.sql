-- 执行完毕 2025-09-30, before 国庆: lifted on the 调休 Saturday 2025-10-11, the third working day
UPDATE cases SET closing_date='2025-09-30' WHERE id=3;
UPDATE events SET event_date='2025-09-30' WHERE case_id=3 AND kind IN ('解封', '删除失信');
UPDATE events SET event_date='2025-10-11' WHERE case_id=3 AND kind='解除限制消费';
