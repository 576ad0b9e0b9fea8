UPDATE events SET event_date='2025-07-05' WHERE case_id=3 AND kind='删除失信';
