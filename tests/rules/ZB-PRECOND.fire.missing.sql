-- the debtor's whereabouts were unknown (2024-02-01) and no search is recorded before 终本
INSERT INTO events(case_id, kind, event_date) VALUES(1, '下落不明', '2024-02-01');
