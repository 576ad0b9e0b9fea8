-- the settlement (和解 2026-06-01 to 2026-12-31) is not honoured (未履行): the court's inaction counts from 2026-05-10
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-06-01', '2026-12-31', '未履行');
