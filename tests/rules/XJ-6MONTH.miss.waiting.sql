-- the only property is held by a 轮候查封 (another court disposes of it): no property this court can execute
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE events SET kind='轮候查封' WHERE case_id=2 AND kind='查封';
