-- the debtor died 2026-06-01; the 限制消费令 was lifted only on 2026-07-10, after 2026-07-01
UPDATE registry_records SET end_date='2026-06-01' WHERE kind='户籍' AND party_id=2;
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '解除限制消费', '2026-07-10', '俞建国');
