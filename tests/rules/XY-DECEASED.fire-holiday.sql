-- died 2026-09-01: 30 days end on 国庆 (10-01), rolled to 2026-10-08; lifted on 10-09
UPDATE registry_records SET end_date='2026-09-01' WHERE kind='户籍' AND party_id=2;
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '解除限制消费', '2026-10-09', '俞建国');
