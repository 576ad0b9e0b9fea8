-- the 限制消费令 was issued on the very day of 终本 (2024-06-20)
UPDATE events SET event_date='2024-06-20' WHERE case_id=1 AND kind='限制消费';
