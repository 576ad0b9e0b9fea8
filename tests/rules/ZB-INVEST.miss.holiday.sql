-- holiday roll: last query 2024-07-01 + 3 months = 2024-10-01 (国庆), rolled to 2024-10-08; 终本 that day is in time
UPDATE events SET event_date='2024-07-01' WHERE case_id=1 AND kind='网络查控' AND event_date='2024-06-10';
UPDATE events SET event_date='2024-10-08' WHERE case_id=1 AND kind='终本';
UPDATE cases SET closing_date='2024-10-08' WHERE id=1;
