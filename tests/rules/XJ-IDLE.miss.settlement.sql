-- an instalment settlement (和解 2026-06-01, last instalment 2026-12-31, 履行中): the court waits on it
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-06-01', '2026-12-31', '履行中');
