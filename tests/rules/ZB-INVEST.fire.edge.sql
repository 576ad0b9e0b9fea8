-- the last query 2024-03-19 + 3 months = 2024-06-19, the day before 终本 (2024-06-20)
UPDATE events SET event_date='2024-03-19' WHERE case_id=1 AND kind='网络查控' AND event_date='2024-06-10';
