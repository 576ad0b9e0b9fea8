-- last query 2026-05-15: six months end Sunday 11-15, rolled to Monday 11-16: not over yet
UPDATE events SET event_date='2026-05-15' WHERE case_id=1 AND kind='终本后查询' AND event_date='2026-10-10';
