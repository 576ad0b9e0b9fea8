-- 暂缓 2026-05-15 to 2026-06-15, nothing since: 90 days from 2026-06-15 ended 2026-09-14 (Sunday 09-13 rolled)
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(2, '暂缓', '2026-05-15', '2026-06-15');
