-- the plan was served on the applicant and the debtor but not on the creditor who joined (参与分配)
INSERT INTO events(case_id, kind, event_date, counterparty, counterparty_id, amount_fen) VALUES
 (3, '参与分配', '2025-04-20', '嵊州市剡溪建材有限公司', '91330683MA2LMN7P4X', 20000000),
 (3, '分配方案', '2025-05-06', NULL, NULL, NULL),
 (3, '分配方案送达', '2025-05-08', '商文华', '330683198212120417', NULL),
 (3, '分配方案送达', '2025-05-08', '嵊州市剡溪建材有限公司', '91330683MA2LMN7P4X', NULL),
 (3, '分配方案送达', '2025-05-08', '裘海军', '330683197706060935', NULL);
UPDATE events SET event_date='2025-05-30' WHERE case_id=3 AND kind='案款发放';
DELETE FROM events WHERE case_id=3 AND kind='分配方案送达' AND counterparty='嵊州市剡溪建材有限公司';
