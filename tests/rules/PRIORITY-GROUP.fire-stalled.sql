-- open labour case 202: last act 2026-08-14, 90 days ended Thursday 11-12 with nothing done
UPDATE cases SET cause='劳动争议' WHERE id=2;
DELETE FROM events WHERE case_id=2 AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-08-14', '总对总网络查控');
