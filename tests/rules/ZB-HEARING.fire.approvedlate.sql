-- no signature; 合议庭 on 2024-06-16 but the 院长 approved on 2024-06-21, after 终本
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
INSERT INTO events(case_id, kind, event_date) VALUES(1, '合议庭评议', '2024-06-16'), (1, '院长批准', '2024-06-21');
