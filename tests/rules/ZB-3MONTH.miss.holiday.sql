-- holiday: filed 2024-07-01, three months end on 2024-10-01 (国庆); a minimum waiting period does not roll (nothing is due on its last day), so a 终本 on 2024-10-08, the first workday after, is after it
UPDATE cases SET filing_date='2024-07-01', closing_date='2024-10-08' WHERE id=1;
UPDATE events SET event_date='2024-10-08' WHERE case_id=1 AND kind='终本';
