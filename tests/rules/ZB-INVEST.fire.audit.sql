-- the applicant applied for an audit of the debtor on 2024-04-02; no decision before 终本
INSERT INTO events(case_id, kind, event_date) VALUES(1, '审计申请', '2024-04-02');
