-- the 报告财产令 was only issued after 终本 (2024-07-01)
UPDATE events SET event_date='2024-07-01', end_date='2024-07-06' WHERE case_id=1 AND kind='报告财产令';
