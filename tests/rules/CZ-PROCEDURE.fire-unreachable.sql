-- 无法通知, shown on the platform 2025-03-01: deemed notified 03-06, one day short of three before the 03-07 announcement
UPDATE events SET event_date='2025-03-01', result='无法通知，已在平台公示' WHERE case_id=3 AND kind='拍卖通知';
