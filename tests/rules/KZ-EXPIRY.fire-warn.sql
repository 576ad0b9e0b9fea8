-- the first day of the warning window: the seizure ends 2026-12-15, 30 days after today, with no renewal (即将届满)
UPDATE events SET end_date='2026-12-15' WHERE case_id=2 AND kind='查封';
