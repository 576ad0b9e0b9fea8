-- the day after the deadline: the 10th day 2024-01-20 is a Saturday, rolled to Monday 2024-01-22; notice on 2024-01-23
UPDATE events SET event_date='2024-01-23' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
