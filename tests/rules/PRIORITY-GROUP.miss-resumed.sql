-- a wage claim, 终本 but resumed 2026-10-01 (恢复执行): open again and not idle for 90 days
UPDATE cases SET cause='追索劳动报酬纠纷' WHERE id=1;
INSERT INTO events(case_id, kind, event_date) VALUES(1, '恢复执行', '2026-10-01');
