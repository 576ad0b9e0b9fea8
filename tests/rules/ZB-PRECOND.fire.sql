DELETE FROM events WHERE case_id=1 AND kind='限制消费';
