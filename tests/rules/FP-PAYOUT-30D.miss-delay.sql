-- a delay was approved (延缓发放批准 2025-05-20, until 07-31) and the money was paid 07-31
UPDATE events SET event_date='2025-07-31' WHERE case_id=3 AND kind='案款发放';
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(3, '延缓发放批准', '2025-05-20', '2025-07-31');
