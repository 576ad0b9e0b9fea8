-- the 告知 row says "申请执行人不同意终本，未签字" and only a 合议庭评议 follows, no 院长批准: 不同意终本 is no consent
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
UPDATE events SET note='已告知并听取意见，申请执行人不同意终本，未签字' WHERE case_id=1 AND kind='终本前告知申请人';
INSERT INTO events(case_id, kind, event_date) VALUES (1, '合议庭评议', '2024-06-15');
