-- no plan, but the applicant was paid in full (700,000.00元) and the rest went back to the debtor and to the next seizing creditor: nothing was shared
UPDATE events SET counterparty='商文华', counterparty_id='330683198212120417' WHERE case_id=3 AND kind='案款发放';
INSERT INTO events(case_id, kind, event_date, counterparty, counterparty_id, amount_fen) VALUES
 (3, '案款发放', '2025-05-21', '裘海军', '330683197706060935', 5000000),
 (3, '案款发放', '2025-05-21', '嵊州市剡溪建材有限公司', '91330683MA2LMN7P4X', 10000000);
