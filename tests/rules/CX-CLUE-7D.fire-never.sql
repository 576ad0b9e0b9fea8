-- a clear lead given 2026-09-01 was never checked
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-09-01', '被执行人在嵊州市东南路的商铺租金收入', '明确具体');
