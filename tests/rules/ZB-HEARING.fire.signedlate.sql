-- the applicant signed his consent only after 终本 (2024-06-25)
UPDATE events SET event_date='2024-06-25' WHERE case_id=1 AND kind='申请执行人确认终本';
