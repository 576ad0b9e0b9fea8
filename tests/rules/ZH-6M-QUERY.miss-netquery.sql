-- the 2025-05-10 re-query was recorded as a 网络查控 (after 终本): it counts
UPDATE events SET kind='网络查控' WHERE case_id=1 AND kind='终本后查询' AND event_date='2025-05-10';
