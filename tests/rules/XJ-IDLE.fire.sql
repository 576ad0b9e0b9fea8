-- last act of the court 2026-05-10 (评估): 90 days ended 2026-08-10, nothing since
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-08-01';
