-- a check of another thing (股权) does not answer the lead about 工程款债权, given 2026-03-06 and never checked
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-03-06', '申请执行人称被执行人在外地有工程款债权', '明确具体');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '线索核查', '2026-03-08', '被执行人持有的股权', '不属实');
