-- a deposit found 2026-11-13: its 7th day 2026-11-20 has not come (wakes 2026-11-21)
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '网络查控', '2026-11-13', '总对总网络查控', '发现：银行存款52,300元（嵊州农商银行）');
