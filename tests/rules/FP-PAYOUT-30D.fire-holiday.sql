-- received 2025-09-03: day 30 (10-03) is in the 国庆 holiday, the period ends 10-09; paid 10-10, late
UPDATE events SET event_date='2025-09-03' WHERE case_id=3 AND kind='案款到账';
UPDATE events SET event_date='2025-10-10' WHERE case_id=3 AND kind='案款发放';
