-- a money claim with a 执行通知 and no 报告财产令 at all
DELETE FROM events WHERE case_id=2 AND kind='报告财产令';
