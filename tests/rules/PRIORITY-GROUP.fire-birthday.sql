-- open case 202, idle since 2026-05-10 (XJ-IDLE); its applicant turns 60 today (born 1966-11-15)
UPDATE parties SET id_no='330683196611150014' WHERE id=1;
DELETE FROM events WHERE case_id=2 AND event_date > '2026-05-10';
UPDATE case_parties SET party_id=1 WHERE case_id=2 AND role='申请执行人';
