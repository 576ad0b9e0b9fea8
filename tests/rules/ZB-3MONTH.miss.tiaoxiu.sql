-- 调休 workday: filed 2024-07-12, period ends on the 调休 Saturday 2024-10-12 (no roll); 终本 Monday 2024-10-14 is after it
UPDATE cases SET filing_date='2024-07-12', closing_date='2024-10-14' WHERE id=1;
UPDATE events SET event_date='2024-10-14' WHERE case_id=1 AND kind='终本';
