-- weekend: filed 2025-08-31, three months end on Sunday 2025-11-30 (no roll for a waiting period); 终本 Monday 2025-12-01 is after it
UPDATE cases SET filing_date='2025-08-31', closing_date='2025-12-01' WHERE id=1;
UPDATE events SET event_date='2025-12-01' WHERE case_id=1 AND kind='终本';
