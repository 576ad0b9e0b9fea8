-- a 终本 case: seized 2024-02-01, taken only on 2024-04-10 (after the 60th day, 2024-04-01), released 2024-05-20 after failed auctions: it was on paper until then
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2026-01-31', '浙D3G7Q9', 5000000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '扣押', '2024-04-10', '浙D3G7Q9');
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '解封', '2024-05-20', '浙D3G7Q9');
