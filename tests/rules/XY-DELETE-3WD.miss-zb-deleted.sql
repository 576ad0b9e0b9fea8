-- listed on 第一条第（一）项; the second empty query after 终本 was Saturday 2025-05-10; deleted 2025-05-14, the third working day
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '失信', '2024-02-01', '失信规定第一条第（一）项：有履行能力而拒不履行');
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '删除失信', '2025-05-14', '俞建国');
