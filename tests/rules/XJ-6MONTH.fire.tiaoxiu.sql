-- 调休, screened on Sunday 2026-10-11: filed 2026-04-10, + 6 months = Saturday 2026-10-10, a 调休 workday (no roll): exceeded
UPDATE settings SET value='2026-10-11' WHERE key='screen.today';
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-04-10' WHERE id=2;
