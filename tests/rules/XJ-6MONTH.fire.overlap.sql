-- 中止 2026-04-10 to 2026-05-24 and an overlapping 暂缓 2026-05-01 to 2026-05-20 count once (44 days): ended 2026-11-13
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-03-31' WHERE id=2;
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(2, '中止', '2026-04-10', '2026-05-24'), (2, '暂缓', '2026-05-01', '2026-05-20');
