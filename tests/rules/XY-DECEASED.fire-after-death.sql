-- the debtor died 2023-12-01, before the case; the court still issued the 限制消费令 on 2024-01-25
UPDATE registry_records SET end_date='2023-12-01' WHERE kind='户籍' AND party_id=2;
