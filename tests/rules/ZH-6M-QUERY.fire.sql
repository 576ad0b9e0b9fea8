-- queried 2024-11-20; six months end 2025-05-20, the next query came 05-21: one day late
UPDATE events SET event_date='2025-05-21' WHERE case_id=1 AND kind='终本后查询' AND event_date='2025-05-10';
