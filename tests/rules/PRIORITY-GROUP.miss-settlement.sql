-- open labour case 202 with no act since May, but an instalment settlement (和解, 履行中) runs: XJ-IDLE holds back, so there is no other lead
UPDATE cases SET cause='劳动争议' WHERE id=2;
DELETE FROM events WHERE case_id=2 AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-05-20', '2027-05-20', '履行中');
UPDATE case_parties SET party_id=5 WHERE case_id=2 AND role='申请执行人';   -- a worker, 商文华
