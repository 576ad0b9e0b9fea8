-- an ungraded lead that only hedges ("在外地做生意，可能有财产") is not 明确、具体 and needs no check within 7 days
INSERT INTO events(case_id, kind, event_date, item, note) VALUES(2, '财产线索', '2026-03-06', '被执行人在外地做生意，可能有财产', '申请执行人填写财产调查表');
