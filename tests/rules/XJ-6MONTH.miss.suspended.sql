-- 中止 2026-04-10 to 2026-05-25 (45 days): 2026-09-30 + 45 = 2026-11-14 (Saturday), rolled to 2026-11-16; filed 2026-03-31
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-03-31' WHERE id=2;
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(2, '中止', '2026-04-10', '2026-05-25');
