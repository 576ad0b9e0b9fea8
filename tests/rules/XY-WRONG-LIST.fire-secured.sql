-- listed for 有履行能力而拒不履行 on 2026-04-01 while the seized flat (600,000元) covered the 500,000元 claim (第三条第（二）项)
INSERT INTO events(case_id, kind, event_date, item) VALUES (2, '失信', '2026-04-01', '失信规定第一条第（一）项：有履行能力而拒不履行');
