-- the lead is the applicant's sentence, the check names the thing checked (工程款债权), two days later: answered
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-03-06', '申请执行人称被执行人在外地有工程款债权', '明确具体');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '线索核查', '2026-03-08', '工程款债权', '不属实');
