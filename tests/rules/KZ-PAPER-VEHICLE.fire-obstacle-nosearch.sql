-- a 终本 case: "车辆下落不明" written on the seizure itself, but nothing shows the court looked for the car (财产调查规定 第十六条): still a paper seizure
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, obstacle) VALUES(1, '查封', '2024-02-01', '2026-01-31', '浙D3G7Q9', 5000000, '车辆下落不明，未能实际扣押');
