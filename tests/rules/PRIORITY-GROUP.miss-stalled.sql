-- open labour case 202: last act 2026-08-17, day 90 is Sunday 11-15, so the period runs to 11-16
UPDATE cases SET cause='劳动争议' WHERE id=2;
DELETE FROM events WHERE case_id=2 AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-08-17', '总对总网络查控');
