UPDATE events SET event_date='2024-01-21' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
