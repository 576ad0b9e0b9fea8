-- the report was late with a good reason the court accepted (财产调查规定 第五条第三款: 延长期限)
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-03-16', '逾期（有正当理由，已准许延长期限）');
