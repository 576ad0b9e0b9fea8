-- the flat was seized 2025-11-13 (prelude's seizure moved); 180 days ended Tuesday 2026-05-12; the valuation came only on 05-20, and the case was paid off and closed (执行完毕) on 10-30: the delay stands
UPDATE events SET event_date='2025-11-13' WHERE case_id=2 AND kind='查封';
UPDATE events SET event_date='2026-05-20' WHERE case_id=2 AND kind='评估';
UPDATE cases SET closing_method='执行完毕', closing_date='2026-10-30' WHERE id=2;
