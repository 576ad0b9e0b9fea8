-- the seized flat was released only after 终本 (2024-07-10)
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 40000000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '解封', '2024-07-10', '嵊州市剡湖街道北直街5号1幢101室');
