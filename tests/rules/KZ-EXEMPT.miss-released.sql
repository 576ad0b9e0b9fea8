-- the wheelchair seized 2026-04-10 was released on 2026-04-15 after the debtor objected
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '扣押', '2026-04-10', '2028-04-09', '电动轮椅一台', 300000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '解封', '2026-04-15', '电动轮椅一台');
