-- 执行完毕 2025-09-30, before 国庆: the working days after are 10-09, 10-10 and the 调休 Saturday 10-11; deleted Monday 10-13, late
UPDATE cases SET closing_date='2025-09-30' WHERE id=3;
UPDATE events SET event_date='2025-09-30' WHERE case_id=3 AND kind IN ('解封', '解除限制消费');
UPDATE events SET event_date='2025-10-13' WHERE case_id=3 AND kind='删除失信';
