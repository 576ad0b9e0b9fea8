UPDATE events SET event_date='2025-09-01' WHERE case_id=3 AND kind='删除失信';
