-- a lead given 2026-03-07: the 7th day is Saturday 2026-03-14, rolled to Monday 2026-03-16, the day it was checked
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-03-07', '被执行人在浙江剡溪农村商业银行的存款', '明确具体');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '线索核查', '2026-03-16', '被执行人在浙江剡溪农村商业银行的存款', '不属实');
