-- 终本 2020-06-01; the last query 2025-01-01 would be due again 2025-07-01, after the five years (2025-06-03): no duty left
DELETE FROM events WHERE case_id=1 AND kind='终本后查询';
UPDATE events SET event_date='2020-06-01' WHERE case_id=1 AND kind='终本';
UPDATE cases SET closing_date='2020-06-01', filing_date='2020-01-10' WHERE id=1;
INSERT INTO events(case_id, kind, event_date, item) VALUES (1,'终本后查询','2020-11-01','总对总'),(1,'终本后查询','2021-04-01','总对总'),(1,'终本后查询','2021-09-01','总对总'),(1,'终本后查询','2022-02-01','总对总'),(1,'终本后查询','2022-07-01','总对总'),(1,'终本后查询','2022-12-01','总对总'),(1,'终本后查询','2023-05-01','总对总'),(1,'终本后查询','2023-10-01','总对总'),(1,'终本后查询','2024-03-01','总对总'),(1,'终本后查询','2024-08-01','总对总'),(1,'终本后查询','2025-01-01','总对总');
