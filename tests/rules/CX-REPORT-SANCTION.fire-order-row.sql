-- the court's file records the outcome on the order's own row: the 报告财产令 of 2026-03-03 (deadline 2026-03-08) says 虚假报告; no fine, detention or 失信 listing since
UPDATE events SET result = '虚假报告' WHERE case_id = 2 AND kind = '报告财产令';
