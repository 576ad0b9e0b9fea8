-- no signature, but 合议庭 review (2024-06-16) and 院长 approval on the 终本 day (2024-06-20)
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
INSERT INTO events(case_id, kind, event_date) VALUES(1, '合议庭评议', '2024-06-16'), (1, '院长批准', '2024-06-20');
