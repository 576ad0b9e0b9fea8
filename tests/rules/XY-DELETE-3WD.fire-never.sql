-- 执行完毕 2025-06-30 and the 失信 listing was never deleted
DELETE FROM events WHERE case_id=3 AND kind='删除失信';
