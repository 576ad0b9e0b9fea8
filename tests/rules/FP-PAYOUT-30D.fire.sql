-- received 2025-05-05: day 30 is Wednesday 06-04; paid out 06-05, one day late
UPDATE events SET event_date='2025-06-05' WHERE case_id=3 AND kind='案款发放';
