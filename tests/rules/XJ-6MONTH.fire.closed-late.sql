-- filed 2026-03-10 with a flat seized: six months ended Thursday 2026-09-10, no extension; the case was closed 执行完毕 only on 09-11, one day late
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-03-10', closing_method='执行完毕', closing_date='2026-09-11' WHERE id=2;
