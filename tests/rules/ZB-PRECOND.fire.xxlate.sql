-- the 限制消费令 came the day after 终本 (2024-06-21)
UPDATE events SET event_date='2024-06-21' WHERE case_id=1 AND kind='限制消费';
