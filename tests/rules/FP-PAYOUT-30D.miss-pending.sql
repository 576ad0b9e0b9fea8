-- received 2026-11-01: the 30 days run to 12-01, not over yet
INSERT INTO events(case_id, kind, event_date, item, amount_fen) VALUES(2, '案款到账', '2026-11-01', '扣划存款', 20000000);
