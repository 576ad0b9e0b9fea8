-- filed 2026-03-10 with a flat seized, closed 执行完毕 on 2026-09-10, the last day of the six months
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-03-10', closing_method='执行完毕', closing_date='2026-09-10' WHERE id=2;
