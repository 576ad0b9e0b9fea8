-- a clear lead (明确具体) given 2026-03-06 was checked only on 2026-03-16: the 7th day, Friday 2026-03-13, had passed
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-03-06', '被执行人在浙江剡溪农村商业银行的存款', '明确具体');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '线索核查', '2026-03-16', '被执行人在浙江剡溪农村商业银行的存款', '属实');
