-- holiday roll, screened on 2026-10-09: filed 2026-04-01, + 6 months = 2026-10-01 (国庆), rolled to 2026-10-08: exceeded
UPDATE settings SET value='2026-10-09' WHERE key='screen.today';
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-04-01' WHERE id=2;
