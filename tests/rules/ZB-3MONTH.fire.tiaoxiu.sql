-- 调休 workday: filed 2024-07-12, 2024-10-12 is a Saturday made a workday, so the period ends that day; 终本 on it
UPDATE cases SET filing_date='2024-07-12', closing_date='2024-10-12' WHERE id=1;
UPDATE events SET event_date='2024-10-12' WHERE case_id=1 AND kind='终本';
