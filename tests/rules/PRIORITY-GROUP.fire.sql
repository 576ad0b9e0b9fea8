-- the applicant of 终本 case 101 is 66 (born 1960-05-01), and the case has another lead: the 执行通知 came on 2024-01-23, after the 10 days (CX-NOTICE-10D)
UPDATE parties SET id_no='330683196005010011' WHERE id=1;
UPDATE events SET event_date='2024-01-23' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
