-- filed 2026-03-01: the month ends 2026-04-01 (a Wednesday); the first online query came on 2026-04-02
UPDATE events SET event_date='2026-04-02' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
