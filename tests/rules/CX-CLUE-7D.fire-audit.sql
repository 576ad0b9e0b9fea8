-- an application for an audit (审计申请) received 2026-04-01 was decided on 2026-04-14, after the 10 days (2026-04-11 is a Saturday → 2026-04-13)
INSERT INTO events(case_id, kind, event_date) VALUES(2, '审计申请', '2026-04-01');
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '审计决定', '2026-04-14', '准许');
