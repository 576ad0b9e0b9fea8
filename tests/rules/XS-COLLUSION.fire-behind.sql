-- after case 202 seized the debtor's flat (2026-03-20), 商文华 — who shares the debtor's registered address and phone — filed case 330 on 04-01 on a notarised deed made days before, for 400,000元, and seized the flat behind it (轮候): the lead is on case 330
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(30, '（2026）浙0683执330号', 2026, '浙0683', '执', 330, 1, '2026-04-01', '民间借贷纠纷', 40000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (30, 5, '申请执行人'), (30, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES
 (30, '执行依据', '2026-03-27', '（2026）浙绍证字第88号公证债权文书及执行证书'),
 (30, '轮候查封', '2026-04-03', '嵊州市鹿山街道鹿山路8号1幢502室');
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('同地址', 4, 5, 'contact', 'weak'), ('同电话', 4, 5, 'contact', 'weak');
