-- the court seized an ordinary car of the debtor: not exempt property
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '扣押', '2026-04-10', '2028-04-09', '小型轿车浙D6N2P8', 6000000);
