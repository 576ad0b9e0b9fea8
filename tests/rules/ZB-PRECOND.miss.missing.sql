-- the debtor's whereabouts were unknown (2024-02-01) and the court searched for him (2024-03-01)
INSERT INTO events(case_id, kind, event_date) VALUES(1, '下落不明', '2024-02-01'), (1, '查找下落', '2024-03-01');
