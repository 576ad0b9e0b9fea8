-- last act 2026-08-18 (网络查控): + 90 days = 2026-11-16, not yet passed on 2026-11-15
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-08-01';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-08-18', '总对总网络查控');
