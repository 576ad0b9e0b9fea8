-- refused to report 2026-03-20 and was listed as 失信 (失信规定 第一条第（四）项) on 2026-04-02
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-03-20', '拒绝报告');
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(2, '失信', '2026-04-02', '2028-04-01', '违反财产报告制度');
