-- the debtor refused to report but then paid in full: the reporting procedure ended (财产调查规定 第十一条)
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-03-20', '拒绝报告');
UPDATE cases SET paid_fen=claim_fen, closing_method='执行完毕', closing_date='2026-04-05' WHERE id=2;
