-- received 2026-09-01, enforcement suspended (中止) from 09-05 to 2026-12-31: the rule waits
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES
 (2, '案款到账', '2026-09-01', NULL, '扣划存款', 20000000),
 (2, '中止', '2026-09-05', '2026-12-31', NULL, NULL);
