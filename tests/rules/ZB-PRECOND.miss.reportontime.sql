-- the debtor reported on time (按期): no sanction or 失信 is required
INSERT INTO events(case_id, kind, event_date, result) VALUES(1, '财产报告', '2024-01-16', '按期');
