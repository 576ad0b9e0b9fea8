-- the seized flat is the debtor's only home (查封规定 第四条): held at 终本, but the file records why it cannot be sold
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, obstacle) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 40000000, '被执行人及其所扶养家属唯一生活必需住房');
