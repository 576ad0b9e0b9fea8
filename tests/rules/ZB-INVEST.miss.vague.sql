-- the applicant's lead was marked 不明确 (no address, no number): no verification is required
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '财产线索', '2024-05-20', '听说被执行人在外地有房', '不明确');
