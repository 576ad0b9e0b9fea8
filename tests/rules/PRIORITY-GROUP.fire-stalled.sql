-- open labour case 202: last act 2026-08-14, 90 days ended Thursday 11-12 with nothing done (XJ-IDLE): a worker's stalled case comes first
UPDATE cases SET cause='劳动争议' WHERE id=2;
DELETE FROM events WHERE case_id=2 AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-08-14', '总对总网络查控');
UPDATE case_parties SET party_id=5 WHERE case_id=2 AND role='申请执行人';   -- a worker, 商文华
