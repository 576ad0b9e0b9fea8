-- a delay was approved until 2025-07-31, but the money was paid only 08-05
UPDATE events SET event_date='2025-08-05' WHERE case_id=3 AND kind='案款发放';
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(3, '延缓发放批准', '2025-05-20', '2025-07-31');
