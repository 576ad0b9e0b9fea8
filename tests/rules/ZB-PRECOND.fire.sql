-- no 限制消费令 at all before 终本
DELETE FROM events WHERE case_id=1 AND kind='限制消费';
