-- holiday roll, screened on 2026-10-09: last act 2026-07-03 + 90 days = 2026-10-01 (国庆), rolled to 2026-10-08, passed
UPDATE settings SET value='2026-10-09' WHERE key='screen.today';
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-07-03', '总对总网络查控');
