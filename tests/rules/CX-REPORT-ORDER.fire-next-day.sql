-- one day apart is not "同时": notice 2026-03-03, report order 2026-03-04
UPDATE events SET event_date='2026-03-04' WHERE case_id=2 AND kind='报告财产令';
