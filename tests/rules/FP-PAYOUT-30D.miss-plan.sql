-- other creditors joined (参与分配) and a 分配方案 was made within the 30 days: distribution rules apply
UPDATE events SET event_date='2025-06-30' WHERE case_id=3 AND kind='案款发放';
INSERT INTO events(case_id, kind, event_date, counterparty, amount_fen) VALUES
 (3, '参与分配', '2025-05-08', '嵊州市剡溪建材有限公司', 20000000),
 (3, '分配方案', '2025-05-15', NULL, NULL);
