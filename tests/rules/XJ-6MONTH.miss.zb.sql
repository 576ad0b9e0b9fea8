-- filed 2026-03-10 and closed by 终本 on 2026-10-20 with the flat still seized: ZB-SEIZED's matter, not a 6-month overrun
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-03-10', closing_method='终结本次执行程序', closing_date='2026-10-20' WHERE id=2;
