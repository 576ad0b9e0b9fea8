-- the parties settled (执行和解, 履行中) on 2026-03-10, within the month; the query came later, on 2026-05-01
UPDATE events SET event_date='2026-05-01' WHERE case_id=2 AND kind='网络查控' AND event_date='2026-03-05';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-03-10', '2026-12-31', '履行中');
