-- a false report found 2026-10-15: the 30th day is Saturday 2026-11-14, rolled to Monday 2026-11-16 — not late yet
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-10-15', '虚假报告');
