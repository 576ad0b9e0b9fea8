-- queried 2024-11-20 and again on the last day of six months, 2025-05-20
UPDATE events SET event_date='2025-05-20' WHERE case_id=1 AND kind='终本后查询' AND event_date='2025-05-10';
