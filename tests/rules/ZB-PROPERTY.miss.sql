-- the car was transferred the day before 终本 (2024-06-19)
UPDATE registry_records SET end_date='2024-06-19' WHERE party_id=2;
