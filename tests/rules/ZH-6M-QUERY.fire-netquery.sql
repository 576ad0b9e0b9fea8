-- a 网络查控 after 终本 counts as a query too; still none between 2024-11-20 and 2025-10-30
DELETE FROM events WHERE case_id=1 AND kind='终本后查询' AND event_date='2025-05-10';
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '网络查控', '2025-06-01', '总对总网络查控');
