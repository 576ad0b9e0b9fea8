-- the debtor died 2026-06-01 and the 限制消费令 was lifted on 2026-06-20
UPDATE registry_records SET end_date='2026-06-01' WHERE kind='户籍' AND party_id=2;
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '解除限制消费', '2026-06-20', '俞建国');
