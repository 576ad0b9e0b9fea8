-- one day before the warning window: the seizure ends 2026-12-16 (the rule wakes on 2026-11-16)
UPDATE events SET end_date='2026-12-16' WHERE case_id=2 AND kind='查封';
