-- the applicant withdrew (准许撤回) right after the notice; no report order followed
DELETE FROM events WHERE case_id=2 AND kind NOT IN ('执行通知');
UPDATE cases SET closing_method='准许撤回', closing_date='2026-03-04' WHERE id=2;
