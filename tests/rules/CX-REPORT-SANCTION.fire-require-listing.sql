-- with rule.CX-REPORT-SANCTION.require_shixin = 1 (财产调查规定 第十条 “应当”), a fine alone is not enough: no 失信 listing
INSERT INTO settings(key, value) VALUES('rule.CX-REPORT-SANCTION.require_shixin', '1');
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-03-20', '拒绝报告');
INSERT INTO events(case_id, kind, event_date, item, amount_fen) VALUES(2, '罚款', '2026-04-10', '拒绝报告财产', 2000000);
