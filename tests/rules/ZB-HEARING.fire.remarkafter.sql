-- the remark that records the signature belongs to a 告知 dated after 终本 (2024-06-25)
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
UPDATE events SET note='申请执行人签字确认', event_date='2024-06-25' WHERE case_id=1 AND kind='终本前告知申请人';
