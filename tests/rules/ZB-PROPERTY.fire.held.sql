-- a flat seized in this case (no mortgage, no obstacle) and still held, unsold, on the 终本 day: 带财终本
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 45000000);
