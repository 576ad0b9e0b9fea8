-- the last online query before 终本 was on 2024-01-15, five months earlier
DELETE FROM events WHERE case_id=1 AND kind='网络查控' AND event_date='2024-06-10';
