-- the applicant's ungraded lead only hedges ("据说被执行人有存款") and was not verified: not a 明确、具体 lead
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '财产线索', '2024-05-20', '据说被执行人在外地银行有存款');
