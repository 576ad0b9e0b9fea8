-- no signature; the 院长 approved without a 合议庭 review
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
INSERT INTO events(case_id, kind, event_date) VALUES(1, '院长批准', '2024-06-18');
