-- an application for a reward notice (悬赏申请) received 2026-04-01 was decided on Monday 2026-04-13 (the 10th day, Saturday 04-11, rolled)
INSERT INTO events(case_id, kind, event_date) VALUES(2, '悬赏申请', '2026-04-01');
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '悬赏决定', '2026-04-13', '准许');
