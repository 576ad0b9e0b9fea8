-- holiday roll: filed 2024-07-01, period rolled to 2024-10-08; 终本 2024-10-09 is the day after
UPDATE cases SET filing_date='2024-07-01', closing_date='2024-10-09' WHERE id=1;
UPDATE events SET event_date='2024-10-09' WHERE case_id=1 AND kind='终本';
