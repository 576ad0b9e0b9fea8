-- the applicant withdrew (准许撤回) before any notice was sent
DELETE FROM events WHERE case_id=2;
UPDATE cases SET closing_method='准许撤回', closing_date='2026-03-20' WHERE id=2;
