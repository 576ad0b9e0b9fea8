-- open labour case 202: last act 2026-08-17, day 90 is Sunday 11-15, so XJ-IDLE's period runs to 11-16: no other lead yet
UPDATE cases SET cause='劳动争议' WHERE id=2;
DELETE FROM events WHERE case_id=2 AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '网络查控', '2026-08-17', '总对总网络查控');
UPDATE case_parties SET party_id=5 WHERE case_id=2 AND role='申请执行人';   -- a worker, 商文华
INSERT INTO events(case_id, kind, event_date, end_date, note) VALUES(2, '延长期限批准', '2026-08-20', '2027-03-01', '院长批准延长执行期限');   -- XJ-6MONTH answered
