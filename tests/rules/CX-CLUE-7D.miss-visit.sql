-- an ungraded lead (商铺一间（东南路8号）) was visited on day 7, 2026-03-13: a 现场调查 of the very shop verifies it in time
INSERT INTO events(case_id, kind, event_date, item, note) VALUES(2, '财产线索', '2026-03-06', '被执行人名下商铺一间（嵊州市东南路8号）', '申请执行人填写财产调查表');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '现场调查', '2026-03-13', '被执行人名下商铺一间（嵊州市东南路8号）', '经核查，该财产登记在案外人名下');
