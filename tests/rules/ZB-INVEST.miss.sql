-- the last query is just under three months old at 终本
UPDATE events SET event_date='2024-03-21' WHERE case_id=1 AND kind='网络查控' AND event_date='2024-06-10';
