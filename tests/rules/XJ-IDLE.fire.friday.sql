-- last act 2026-08-15: + 90 days = Friday 2026-11-13, passed on 2026-11-15
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-08-15', '总对总网络查控');
