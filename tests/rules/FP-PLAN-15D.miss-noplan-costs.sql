-- no plan: 650,000.00元 to the applicant, the rest to the tax office for the sale and to the court for its fee — costs, not another creditor
UPDATE events SET counterparty='商文华', counterparty_id='330683198212120417', amount_fen=65000000 WHERE case_id=3 AND kind='案款发放';
INSERT INTO events(case_id, kind, event_date, counterparty, amount_fen) VALUES
 (3, '案款发放', '2025-05-20', '国家税务总局嵊州市税务局', 4000000),
 (3, '案款发放', '2025-05-20', '嵊州市人民法院', 1000000);
