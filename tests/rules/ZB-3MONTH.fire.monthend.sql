-- month end: filed 2024-11-30, + 3 months = 2025-02-28 (no 30 February), 终本 that day
UPDATE cases SET filing_date='2024-11-30', closing_date='2025-02-28' WHERE id=1;
UPDATE events SET event_date='2025-02-28' WHERE case_id=1 AND kind='终本';
