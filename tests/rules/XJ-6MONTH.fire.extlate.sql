-- the six months ran out on 2026-09-01; the extension (to 2027-03-01) was approved only on 2026-09-10: an approval after the last day does not undo the overrun
UPDATE events SET event_date='2026-09-10' WHERE case_id=2 AND kind='延长期限批准';
