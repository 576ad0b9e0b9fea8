-- the seizure ran out in March without renewal
UPDATE events SET end_date='2026-09-30' WHERE case_id=2 AND kind='查封';
