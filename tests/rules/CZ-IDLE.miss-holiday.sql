-- day 180 (2026-10-03) is in the 国庆 holiday: the period ends 10-08, the day it was valued
UPDATE events SET event_date='2026-04-06' WHERE case_id=2 AND kind='查封';
UPDATE events SET event_date='2026-10-08' WHERE case_id=2 AND kind='评估';
