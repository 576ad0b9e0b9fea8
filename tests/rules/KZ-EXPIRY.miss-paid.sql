-- the debt was paid in full and the case closed 执行完毕 before the term ended
UPDATE events SET end_date='2026-09-30' WHERE case_id=2 AND kind='查封';
UPDATE cases SET paid_fen=claim_fen, closing_method='执行完毕', closing_date='2026-09-01' WHERE id=2;
