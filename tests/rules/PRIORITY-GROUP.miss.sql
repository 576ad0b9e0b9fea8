-- case 101's 执行通知 came late (CX-NOTICE-10D), but its applicant is 41 and the case no labour case: no priority group
UPDATE events SET event_date='2024-01-23' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
