-- the applicant's 身份证号 has a wrong check character: no birth date is read from it, though the case has a late notice (CX-NOTICE-10D)
UPDATE parties SET id_no='330683196005010012', id_valid=0 WHERE id=1;
UPDATE events SET event_date='2024-01-23' WHERE case_id=1 AND kind IN ('执行通知', '报告财产令');
