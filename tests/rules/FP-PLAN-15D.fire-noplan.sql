-- no plan at all: the auction money went 500,000.00元 to the applicant (claim 700,000.00元) and 200,000.00元 to another creditor on 2025-05-20
UPDATE events SET counterparty='商文华', counterparty_id='330683198212120417', amount_fen=50000000 WHERE case_id=3 AND kind='案款发放';
INSERT INTO events(case_id, kind, event_date, counterparty, counterparty_id, amount_fen) VALUES
 (3, '案款发放', '2025-05-20', '嵊州市剡溪建材有限公司', '91330683MA2LMN7P4X', 20000000);
