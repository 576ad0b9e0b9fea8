-- the money was lodged (提存) on day 20, e.g. for a disputed claim: handled within the period
UPDATE events SET event_date='2025-07-20' WHERE case_id=3 AND kind='案款发放';
INSERT INTO events(case_id, kind, event_date, amount_fen) VALUES(3, '提存', '2025-05-25', 85000000);
