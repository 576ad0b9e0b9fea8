-- a report with no result noted came in 2026-03-16, after the order's deadline 2026-03-08; nothing followed
INSERT INTO events(case_id, kind, event_date) VALUES(2, '财产报告', '2026-03-16');
