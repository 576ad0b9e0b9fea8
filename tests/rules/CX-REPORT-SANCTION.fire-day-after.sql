-- a false report (虚假报告) found 2026-10-14: the 30 days end Friday 2026-11-13, over on 2026-11-15 with no response
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-10-14', '虚假报告');
