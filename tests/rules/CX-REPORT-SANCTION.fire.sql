-- the debtor refused to report (拒绝报告, 2026-03-20); no fine, detention or 失信 listing since
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-03-20', '拒绝报告');
