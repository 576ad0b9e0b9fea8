-- listed on 第一条第（一）项 (no period); after 终本 2024-06-20 the queries of 2024-11-20 and Saturday 2025-05-10 found nothing: delete by 2025-05-14; never deleted
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '失信', '2024-02-01', '失信规定第一条第（一）项：有履行能力而拒不履行');
UPDATE events SET result='未发现可供执行财产' WHERE case_id=1 AND kind='终本后查询';
