-- a second flat (800,000 元) is only held by a 轮候查封 (查封规定 第二十六条): not in force, not counted
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES
 (2, '轮候查封', '2026-04-02', '2029-04-01', '嵊州市剡湖街道北直街18号3幢201室', 80000000);
