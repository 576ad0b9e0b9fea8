-- the last query 2024-03-20 + 3 months = 2024-06-20, the 终本 day itself: still in time
UPDATE events SET event_date='2024-03-20' WHERE case_id=1 AND kind='网络查控' AND event_date='2024-06-10';
