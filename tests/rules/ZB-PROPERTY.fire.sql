-- the car was still registered to the debtor at 终本
UPDATE registry_records SET end_date='2024-07-15' WHERE party_id=2;
