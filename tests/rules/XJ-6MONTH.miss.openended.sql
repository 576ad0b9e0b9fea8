-- an extension approved on 2026-08-20 without an end date: the case stays within the approval
UPDATE events SET end_date=NULL WHERE case_id=2 AND kind='延长期限批准';
