-- case 2 was resumed as a 执恢 case which auctioned the flat on 2026-08-01; the transfer of 2026-09-01 follows that sale
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, prior_case_no)
 VALUES(21, '（2026）浙0683执恢21号', 2026, '浙0683', '执恢', 21, 1, '2026-07-01', '买卖合同纠纷', 50000000, 0, '（2026）浙0683执202号');
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 3, '申请执行人'), (21, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (21, '拍卖', '2026-08-01', '嵊州市鹿山街道鹿山路8号1幢502室', 57000000, '马文杰');
UPDATE registry_records SET end_date='2026-09-01', to_name='马文杰' WHERE party_id=4 AND kind='不动产';
