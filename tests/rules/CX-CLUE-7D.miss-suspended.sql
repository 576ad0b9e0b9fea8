-- a clear lead given 2026-03-06; execution suspended (中止) 2026-03-09 to 2026-04-01; checked 2026-04-07, within 7 days of the end
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-03-06', '被执行人在浙江剡溪农村商业银行的存款', '明确具体');
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(2, '中止', '2026-03-09', '2026-04-01');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '线索核查', '2026-04-07', '被执行人在浙江剡溪农村商业银行的存款', '属实');
