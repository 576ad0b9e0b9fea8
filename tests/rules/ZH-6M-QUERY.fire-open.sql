-- last query 2026-05-13: six months ended Friday 11-13 with no query since
UPDATE events SET event_date='2026-05-13' WHERE case_id=1 AND kind='终本后查询' AND event_date='2026-10-10';
