-- the last query (2024-03-21) + 3 months = 2024-06-21, on or after the 终本 day 2024-06-20
UPDATE events SET event_date='2024-03-21' WHERE case_id=1 AND kind='网络查控' AND event_date='2024-06-10';
