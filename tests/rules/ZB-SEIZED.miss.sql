-- the seized flat was released (2024-05-30) before 终本
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 40000000);
-- released before 终本 (e.g. a prior mortgage exceeded its value)
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '解封', '2024-05-30', '嵊州市剡湖街道北直街5号1幢101室');
