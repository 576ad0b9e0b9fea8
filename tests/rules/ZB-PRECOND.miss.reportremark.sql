-- the 报告财产令 recorded only in the remark of the 执行通知 row, served together before 终本
DELETE FROM events WHERE case_id=1 AND kind='报告财产令';
UPDATE events SET note='执行通知书、报告财产令一并送达' WHERE case_id=1 AND kind='执行通知';
