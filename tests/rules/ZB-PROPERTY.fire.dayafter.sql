-- the car was transferred the day after 终本 (2024-06-21): still the debtor's at 终本
UPDATE registry_records SET end_date='2024-06-21' WHERE party_id=2;
