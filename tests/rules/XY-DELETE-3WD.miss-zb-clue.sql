-- listed on 第一条第（一）项; after 终本 the applicant gave a concrete property lead (2025-01-10) before the second query: 第十条第一款第（四）项 not met
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '失信', '2024-02-01', '失信规定第一条第（一）项：有履行能力而拒不履行');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES (1, '财产线索', '2025-01-10', '被执行人在嵊州市甘霖镇有一处厂房出租', '明确具体');
