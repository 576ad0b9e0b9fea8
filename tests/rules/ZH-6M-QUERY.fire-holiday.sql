-- queried 2026-04-03: six months end 10-03, in the 国庆 holiday, so 10-08; the next query came 10-10
UPDATE events SET event_date='2026-04-03' WHERE case_id=1 AND kind='终本后查询' AND event_date='2026-04-20';
