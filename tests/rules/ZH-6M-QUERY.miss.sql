-- a gap of exactly six months is allowed
UPDATE events SET event_date='2025-05-20' WHERE case_id=1 AND kind='终本后查询' AND event_date='2025-05-10';
UPDATE events SET event_date='2025-11-20' WHERE case_id=1 AND kind='终本后查询' AND event_date='2025-10-30';
