-- the flat was seized 2026-05-17 and never valued, but the debtor paid and the case was closed (执行完毕) on 2026-09-30, before the 180 days ran out (11-13)
DELETE FROM events WHERE case_id=2 AND kind='评估';
UPDATE events SET event_date='2026-05-17' WHERE case_id=2 AND kind='查封';
UPDATE cases SET closing_method='执行完毕', closing_date='2026-09-30' WHERE id=2;
