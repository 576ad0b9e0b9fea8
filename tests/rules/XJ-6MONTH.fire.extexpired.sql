-- an extension approved on 2026-08-20 ran until 2026-11-13; the case is still open on 2026-11-15
UPDATE events SET end_date='2026-11-13' WHERE case_id=2 AND kind='延长期限批准';
