-- five 民间借贷 cases of one applicant against five debtors within 365 days, none settled or withdrawn quickly: by default the number of suits alone makes the lead (职业放贷人), each case saying 未见快速了结
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES
 (21, '周海明', 'person', '330683199307085610', 1), (22, '吕芳芳', 'person', '330683198704096722', 1),
 (23, '丁志强', 'person', '330683199109157839', 1), (24, '袁丽娟', 'person', '330683198301018949', 1);
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen) VALUES
 (21, '（2024）浙0683执521号', 2024, '浙0683', '执', 521, 1, '2024-03-05', '民间借贷纠纷', 20000000, 0),
 (22, '（2024）浙0683执522号', 2024, '浙0683', '执', 522, 1, '2024-05-20', '民间借贷纠纷', 15000000, 0),
 (23, '（2024）浙0683执523号', 2024, '浙0683', '执', 523, 1, '2024-08-12', '民间借贷纠纷', 30000000, 0),
 (24, '（2025）浙0683执524号', 2025, '浙0683', '执', 524, 1, '2025-01-09', '民间借贷纠纷', 25000000, 0);
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 1, '申请执行人'), (21, 21, '被执行人'),
 (22, 1, '申请执行人'), (22, 22, '被执行人'), (23, 1, '申请执行人'), (23, 23, '被执行人'),
 (24, 1, '申请执行人'), (24, 24, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (21, '执行依据', '2024-02-10', '民事调解书'),
 (22, '执行依据', '2024-04-28', '民事调解书'), (23, '执行依据', '2024-07-15', '民事判决书');
