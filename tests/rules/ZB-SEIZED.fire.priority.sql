-- a mortgage of 390,000.00元 ahead on a flat valued 400,000.00元: something is left, the flat must be sold
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, priority_fen) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 40000000, 39000000);
