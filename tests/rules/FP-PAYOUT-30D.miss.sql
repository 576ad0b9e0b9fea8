-- received 2025-05-05, paid out on day 30 (06-04)
UPDATE events SET event_date='2025-06-04' WHERE case_id=3 AND kind='案款发放';
