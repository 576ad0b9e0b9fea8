-- no 报告财产令 row, and the 执行通知 row's remark says none was sent ("未同时发出报告财产令")
DELETE FROM events WHERE case_id=2 AND kind='报告财产令';
UPDATE events SET note='执行通知书已送达，未同时发出报告财产令' WHERE case_id=2 AND kind='执行通知';
