-- the 10th day 2024-01-20 is a Saturday: a notice on the first workday after it (Monday 2024-01-22) is on time (民诉法 第八十五条)
UPDATE events SET event_date='2024-01-22' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
