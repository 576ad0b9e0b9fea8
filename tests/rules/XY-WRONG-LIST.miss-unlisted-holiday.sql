-- fined 2026-09-01 for 拒绝报告财产: 30 days end on 国庆 (10-01), rolled to 2026-10-08; screened on 10-08 itself, not listed yet but still in time
UPDATE settings SET value = '2026-10-08' WHERE key = 'screen.today';
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2026-09-01', '拒绝报告财产', 1000000, '俞建国');
