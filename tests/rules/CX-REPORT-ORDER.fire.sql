-- the report order went out a week after the 执行通知 (2024-01-12 → 2024-01-19)
UPDATE events SET event_date='2024-01-19' WHERE case_id=1 AND kind='报告财产令';
