-- open labour case 202 with no act since May, but an instalment settlement (和解, 履行中) runs
UPDATE cases SET cause='劳动争议' WHERE id=2;
DELETE FROM events WHERE case_id=2 AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-05-20', '2027-05-20', '履行中');
