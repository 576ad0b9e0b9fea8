-- no 执行通知 in the file
DELETE FROM events WHERE case_id=1 AND kind='执行通知';
