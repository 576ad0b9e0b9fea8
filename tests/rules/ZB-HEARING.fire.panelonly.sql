-- no signature; a 合议庭 reviewed it but the 院长 never approved
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
INSERT INTO events(case_id, kind, event_date) VALUES(1, '合议庭评议', '2024-06-16');
