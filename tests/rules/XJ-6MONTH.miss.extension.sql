-- an extension approved on 2026-08-20 runs until 2026-11-15, today: not exceeded yet
UPDATE events SET end_date='2026-11-15' WHERE case_id=2 AND kind='延长期限批准';
