-- the plan of 2026-07-08 records its service in its own remark (已送达各债权人和被执行人); the money was paid 07-27, after the 15 days (07-23)
INSERT INTO events(case_id, kind, event_date, note) VALUES (2, '分配方案', '2026-07-08', '已送达各债权人和被执行人');
INSERT INTO events(case_id, kind, event_date, amount_fen, counterparty) VALUES (2, '案款发放', '2026-07-27', 1000000, '嵊州市恒昌纺织有限公司');
