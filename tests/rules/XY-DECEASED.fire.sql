-- the debtor died 2026-06-01 (户籍); his 限制消费令 of 2024-01-25 was not lifted by 2026-07-01 (30 days, policy)
UPDATE registry_records SET end_date='2026-06-01' WHERE kind='户籍' AND party_id=2;
