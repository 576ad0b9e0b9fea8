-- a vague lead (不明确: "听说有车") needs no check within 7 days
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-03-06', '听说被执行人有一辆车', '不明确');
