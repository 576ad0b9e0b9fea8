-- a lead checked true (属实) on 2026-06-01 — a car — was never seized
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '线索核查', '2026-06-01', '小型轿车浙D6N2P8', '属实');
