-- received 2025-09-11: day 30 is Saturday 10-11, a 调休 working day (no roll); paid Monday 10-13, late
UPDATE events SET event_date='2025-09-11' WHERE case_id=3 AND kind='案款到账';
UPDATE events SET event_date='2025-10-13' WHERE case_id=3 AND kind='案款发放';
