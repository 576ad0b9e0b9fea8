-- a 执恢 case of the same family seized the flat but released it with no reason recorded: still a lead
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date)
 VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市剡湖街道北直街5号1幢101室', 45000000, '2019-04-01');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method,
  cause, claim_fen, paid_fen, judge, prior_case_no)
 VALUES(21, '（2025）浙0683执恢21号', 2025, '浙0683', '执恢', 21, 1, '2025-03-03', '2025-09-30', '执行完毕',
  '民间借贷纠纷', 50000000, 45000000, '俞晓峰', '（2024）浙0683执101号');
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 1, '申请执行人'), (21, 2, '被执行人');
UPDATE cases SET closing_method='终结本次执行程序', paid_fen=0 WHERE id=21;
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(21, '查封', '2025-03-10', '2028-03-09', '嵊州市剡湖街道北直街5号1幢101室', 45000000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(21, '解封', '2025-09-01', '嵊州市剡湖街道北直街5号1幢101室');
