-- an instalment settlement (执行和解, 履行中) stays the case: nothing to dispose of meanwhile
DELETE FROM events WHERE case_id=2 AND kind='评估';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-06-01', '2027-05-31', '履行中');
