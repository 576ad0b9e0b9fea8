-- listed 2024-02-29 for 违反限制消费令, no end date: two years end 2026-02-28 (月末, a 调休 Saturday); delete by 2026-03-04; deleted 2026-03-05
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '失信', '2024-02-29', '失信规定第一条第（五）项：违反限制消费令');
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '删除失信', '2026-03-05', '俞建国');
