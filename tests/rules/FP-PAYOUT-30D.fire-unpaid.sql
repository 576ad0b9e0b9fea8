-- 200,000.00元 received 2026-09-01 and never paid out: day 30 (10-01) is in 国庆, the period ended 10-08
INSERT INTO events(case_id, kind, event_date, item, amount_fen) VALUES(2, '案款到账', '2026-09-01', '扣划存款', 20000000);
