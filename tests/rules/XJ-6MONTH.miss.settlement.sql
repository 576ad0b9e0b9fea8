-- an instalment settlement (和解 2026-07-01, last instalment 2027-06-30, 履行中) stops the clock like a 中止
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-07-01', '2027-06-30', '履行中');
