-- 调休, screened on Sunday 2026-10-11: last act 2026-07-12 + 90 days = Saturday 2026-10-10, a 调休 workday (no roll): passed
UPDATE settings SET value='2026-10-11' WHERE key='screen.today';
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-07-12', '总对总网络查控');
