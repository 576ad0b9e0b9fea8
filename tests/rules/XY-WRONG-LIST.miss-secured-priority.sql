-- the seized flat (600,000元) carries a 200,000元 mortgage ahead: 400,000元 net does not cover the 500,000元 claim
INSERT INTO events(case_id, kind, event_date, item) VALUES (2, '失信', '2026-04-01', '失信规定第一条第（一）项：有履行能力而拒不履行');
UPDATE events SET priority_fen=20000000 WHERE case_id=2 AND kind='查封';
