-- the court seized the debtor's wheelchair (轮椅, an aid for a physical disability: 查封规定 第三条第（五）项)
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '扣押', '2026-04-10', '2028-04-09', '电动轮椅一台', 300000);
