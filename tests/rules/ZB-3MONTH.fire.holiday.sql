-- holiday: filed 2024-07-01, three months end on 2024-10-01 (国庆); a 终本 dated 2024-10-01 itself is not after it
UPDATE cases SET filing_date='2024-07-01', closing_date='2024-10-01' WHERE id=1;
UPDATE events SET event_date='2024-10-01' WHERE case_id=1 AND kind='终本';
