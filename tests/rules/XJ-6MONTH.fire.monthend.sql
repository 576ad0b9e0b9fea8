-- month end, screened on 2026-12-01: filed 2026-05-31, + 6 months = 2026-11-30 (November has no 31st): exceeded
UPDATE settings SET value='2026-12-01' WHERE key='screen.today';
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-05-31' WHERE id=2;
