-- fined 2026-09-01 for 拒绝报告财产 and listed only on 10-09, after the 30 days (policy): the law sets no period for listing, so a late listing is no lead
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2026-09-01', '拒绝报告财产', 1000000, '俞建国');
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (1, '失信', '2026-10-09', '2028-10-09', '失信规定第一条第（四）项：违反财产报告制度');
