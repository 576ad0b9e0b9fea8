-- the debtor reported on time (按期, 2026-03-07, deadline 2026-03-08)
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-03-07', '按期');
