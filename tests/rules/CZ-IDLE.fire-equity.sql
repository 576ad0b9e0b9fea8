-- frozen 股权 must be sold too: frozen 2026-03-01, never valued or auctioned
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '冻结', '2026-03-01', '2029-02-28', '竺丽萍持有的嵊州市恒昌纺织有限公司30%股权', 30000000);
