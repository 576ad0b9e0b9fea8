-- the court held only a 轮候查封 of the flat (查封规定 第二十六条): not property under its seizure
INSERT INTO events(case_id, kind, event_date, item) VALUES (2, '失信', '2026-04-01', '失信规定第一条第（一）项：有履行能力而拒不履行');
UPDATE events SET kind='轮候查封' WHERE case_id=2 AND kind='查封';
