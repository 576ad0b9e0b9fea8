-- holiday roll: filed 2024-07-01, 2024-10-01 is 国庆 (to 10-07), the period ends 2024-10-08; 终本 that day
UPDATE cases SET filing_date='2024-07-01', closing_date='2024-10-08' WHERE id=1;
UPDATE events SET event_date='2024-10-08' WHERE case_id=1 AND kind='终本';
