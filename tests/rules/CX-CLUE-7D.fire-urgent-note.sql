-- the 备注 says the lead is urgent (情况紧急：正在出售) though 结果 is empty: given 2026-03-10 (Tuesday), visited only 2026-03-16, after 3 days (2026-03-13)
INSERT INTO events(case_id, kind, event_date, item, note) VALUES(2, '财产线索', '2026-03-10', '被执行人名下商铺一间（嵊州市东南路8号）', '申请执行人填写财产调查表；情况紧急：被执行人正在出售该财产');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '现场调查', '2026-03-16', '被执行人名下商铺一间（嵊州市东南路8号）', '经核查，线索不属实');
