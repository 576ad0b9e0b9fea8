-- only a 轮候查封 (查封规定 第二十六条): it has not taken effect, so there is no term of this court to renew
UPDATE events SET kind='轮候查封', end_date='2026-09-30' WHERE case_id=2 AND kind='查封';
