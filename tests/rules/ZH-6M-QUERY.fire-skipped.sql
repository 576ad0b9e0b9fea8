-- the query due by 2025-05-20 was skipped: next one 2025-10-30
DELETE FROM events WHERE case_id=1 AND kind='终本后查询' AND event_date='2025-05-10';
