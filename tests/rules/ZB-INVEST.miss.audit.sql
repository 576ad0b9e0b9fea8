-- the audit application (2024-04-02) was decided (不准许) on 2024-04-10, before 终本
INSERT INTO events(case_id, kind, event_date) VALUES(1, '审计申请', '2024-04-02');
INSERT INTO events(case_id, kind, event_date, result) VALUES(1, '审计决定', '2024-04-10', '不准许');
