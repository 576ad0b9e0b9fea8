-- the court seized a set of rosewood furniture the file itself calls beyond what the household needs (红木家具一套（非生活必需的高档家具）): 第三条 exempts only necessities
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '扣押', '2026-04-10', '2028-04-09', '红木家具一套（非生活必需的高档家具）', 8000000);
