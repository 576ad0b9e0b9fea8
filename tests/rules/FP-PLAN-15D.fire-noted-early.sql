-- the plan of 2026-07-08 was served that day (remark: 已送达各债权人和被执行人), yet the money was paid 07-20, before the 15-day objection period ran out (07-23)
INSERT INTO events(case_id, kind, event_date, note) VALUES (2, '分配方案', '2026-07-08', '已送达各债权人和被执行人');
INSERT INTO events(case_id, kind, event_date, amount_fen, counterparty) VALUES (2, '案款发放', '2026-07-20', 1000000, '嵊州市恒昌纺织有限公司');
