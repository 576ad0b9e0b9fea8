-- the applicant signed on the 终本 day itself
UPDATE events SET event_date='2024-06-20' WHERE case_id=1 AND kind='申请执行人确认终本';
