-- the seized flat is recorded as the family's only home (不能处置): no property available for execution
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE events SET obstacle='唯一生活必需住房' WHERE case_id=2 AND kind='查封';
