-- filed 2026-03-01: a first online query on 2026-04-01, the corresponding day one month on, is in time
UPDATE events SET event_date='2026-04-01' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
