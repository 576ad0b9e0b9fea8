-- the debtor paid in full on receiving the notice; the case closed 执行完毕 on 2026-03-20 without a query
DELETE FROM events WHERE case_id=2 AND kind NOT IN ('执行通知', '报告财产令');
UPDATE cases SET paid_fen=claim_fen, closing_method='执行完毕', closing_date='2026-03-20' WHERE id=2;
