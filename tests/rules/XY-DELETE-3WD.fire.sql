-- 执行完毕 2025-06-30 (Mon): three working days end 2025-07-03; deleted on 2025-07-04, one working day late
UPDATE events SET event_date='2025-07-04' WHERE case_id=3 AND kind='删除失信';
