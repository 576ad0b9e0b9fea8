-- the plan of 2026-07-08 says in its remark that it was not yet served (尚未送达); the money was paid 07-27 with no service recorded
INSERT INTO events(case_id, kind, event_date, note) VALUES (2, '分配方案', '2026-07-08', '尚未送达被执行人');
INSERT INTO events(case_id, kind, event_date, amount_fen, counterparty) VALUES (2, '案款发放', '2026-07-27', 1000000, '嵊州市恒昌纺织有限公司');
