-- the settlement (和解 2026-07-01 to 2027-06-30) was not honoured (未履行): no deduction, overdue since 2026-09-01
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-07-01', '2027-06-30', '未履行');
