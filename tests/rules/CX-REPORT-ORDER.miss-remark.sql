-- no 报告财产令 row: the 执行通知 row's remark records both served together ("执行通知书、报告财产令一并送达")
DELETE FROM events WHERE case_id=2 AND kind='报告财产令';
UPDATE events SET note='执行通知书、报告财产令一并送达' WHERE case_id=2 AND kind='执行通知';
