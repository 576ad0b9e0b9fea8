-- the court holds only a 轮候查封 (another court seized first): it cannot dispose of the flat (查封规定 第二十六条)
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '轮候查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 40000000);
