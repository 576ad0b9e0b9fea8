-- the debtor died 2026-11-01: the 30 days run to 2026-12-01, after today
UPDATE registry_records SET end_date='2026-11-01' WHERE kind='户籍' AND party_id=2;
