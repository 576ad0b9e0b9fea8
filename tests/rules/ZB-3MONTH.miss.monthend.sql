-- month end: filed 2024-11-30, period ends 2025-02-28; 终本 2025-03-01 is after it (date arithmetic overflowing to 03-02 would flag it)
UPDATE cases SET filing_date='2024-11-30', closing_date='2025-03-01' WHERE id=1;
UPDATE events SET event_date='2025-03-01' WHERE case_id=1 AND kind='终本';
