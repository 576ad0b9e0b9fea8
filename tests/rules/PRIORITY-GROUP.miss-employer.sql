-- case 101 is a 劳动争议 but the applicant is the employer (a company) enforcing against its former worker; its notice came late (CX-NOTICE-10D)
UPDATE cases SET cause='劳动争议' WHERE id=1;
UPDATE case_parties SET party_id=3 WHERE case_id=1 AND role='申请执行人';
UPDATE events SET event_date='2024-01-23' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
