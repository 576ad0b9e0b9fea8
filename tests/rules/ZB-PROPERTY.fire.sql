-- the car (浙D12345) was still registered to the debtor at 终本: transferred only on 2024-07-15
UPDATE registry_records SET end_date='2024-07-15' WHERE party_id=2;
