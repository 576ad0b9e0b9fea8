-- no online query at all in an open case filed 2026-03-01
DELETE FROM events WHERE case_id=2 AND kind='网络查控';
