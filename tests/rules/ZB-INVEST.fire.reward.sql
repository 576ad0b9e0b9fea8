-- the applicant asked for a 悬赏公告 on 2024-05-06; decided only after 终本 (2024-07-01)
INSERT INTO events(case_id, kind, event_date) VALUES(1, '悬赏申请', '2024-05-06');
INSERT INTO events(case_id, kind, event_date, result) VALUES(1, '悬赏决定', '2024-07-01', '准许');
