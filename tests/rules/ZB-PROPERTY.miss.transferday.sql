-- the car was transferred on the 终本 day itself (2024-06-20): no longer the debtor's at 终本
UPDATE registry_records SET end_date='2024-06-20' WHERE party_id=2;
