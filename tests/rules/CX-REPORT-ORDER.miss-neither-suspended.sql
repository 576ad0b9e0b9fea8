-- neither a notice nor an order, but execution was suspended (暂缓) from 2026-03-05, within the ten days: CX-NOTICE-10D weighs the new period
DELETE FROM events WHERE case_id=2 AND kind IN ('执行通知', '报告财产令');
INSERT INTO events(case_id, kind, event_date, end_date) VALUES (2, '暂缓', '2026-03-05', '2027-03-04');
