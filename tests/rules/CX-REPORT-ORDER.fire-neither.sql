-- neither a notice nor a report order in the open money case filed 2026-03-01: both were due by 2026-03-11
DELETE FROM events WHERE case_id=2 AND kind IN ('执行通知', '报告财产令');
