-- 终本 2025-08-31: six months end 2026-02-28 (no 31st; a 调休 working Saturday), the day of the first query
DELETE FROM events WHERE case_id=1 AND kind='终本后查询';
UPDATE events SET event_date='2025-08-31' WHERE case_id=1 AND kind='终本';
UPDATE cases SET closing_date='2025-08-31' WHERE id=1;
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '终本后查询', '2026-02-28', '总对总网络查控'), (1, '终本后查询', '2026-08-20', '总对总网络查控');
