-- served 2025-09-26: day 15 is Saturday 10-11, a 调休 working day (no roll), and the money was paid out that day
INSERT INTO events(case_id, kind, event_date, counterparty, counterparty_id, amount_fen) VALUES
 (3, '参与分配', '2025-04-20', '嵊州市剡溪建材有限公司', '91330683MA2LMN7P4X', 20000000),
 (3, '分配方案', '2025-05-06', NULL, NULL, NULL),
 (3, '分配方案送达', '2025-09-26', '商文华', '330683198212120417', NULL),
 (3, '分配方案送达', '2025-09-26', '嵊州市剡溪建材有限公司', '91330683MA2LMN7P4X', NULL),
 (3, '分配方案送达', '2025-09-26', '裘海军', '330683197706060935', NULL);
UPDATE events SET event_date='2025-10-11' WHERE case_id=3 AND kind='案款发放';
UPDATE events SET event_date='2025-09-24' WHERE case_id=3 AND kind='分配方案';
