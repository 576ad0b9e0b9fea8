-- the debtor, listed as 失信 on 2024-02-01, died 2026-06-01; the listing was not deleted
UPDATE registry_records SET end_date='2026-06-01' WHERE kind='户籍' AND party_id=2;
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '解除限制消费', '2026-06-10', '俞建国');
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '失信', '2024-02-01', '失信规定第一条第（一）项');
