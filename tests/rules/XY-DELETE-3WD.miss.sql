-- 执行完毕 2025-06-30 (Mon): deleted on 2025-07-03, the third working day itself
UPDATE events SET event_date='2025-07-03' WHERE case_id=3 AND kind='删除失信';
