-- a clear lead given 2026-11-10: its 7th day 2026-11-17 has not come (wakes 2026-11-18)
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-11-10', '被执行人在嵊州市东南路的商铺租金收入', '明确具体');
