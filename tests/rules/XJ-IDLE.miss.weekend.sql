-- last act 2026-08-16: + 90 days = Saturday 2026-11-14, rolled to Monday 2026-11-16: not yet passed
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-08-16', '总对总网络查控');
