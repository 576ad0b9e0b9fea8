-- no notice at all in an open case filed 2026-03-01, long past its deadline
DELETE FROM events WHERE case_id=2 AND kind IN ('执行通知', '报告财产令');
