-- a flat seized on 2024-02-01, neither released nor sold when the case was closed as 终本
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 40000000);
