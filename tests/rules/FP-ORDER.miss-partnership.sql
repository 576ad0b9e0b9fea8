-- as fire-claimants, but the debtor is a 合伙企业 (其他组织, no 企业法人): its creditors share pro rata (第五百零六、五百零八条)
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES
 (209, '嵊州市丰润机械厂（普通合伙）', 'org', '91330683MA2HJK6Z3Q', 1),
 (210, '钟海燕', 'person', '330683196011160438', 1);
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(210, '（2024）浙0683执410号', 2024, '浙0683', '执', 410, 1, '2024-02-20', '买卖合同纠纷', 30000000, 0, '俞晓峰');
INSERT INTO case_parties(case_id, party_id, role) VALUES (210, 210, '申请执行人'), (210, 209, '被执行人');
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, deal_fen, round, platform, counterparty, counterparty_id) VALUES
 (210, '查封', '2024-03-01', '2027-02-28', '嵊州市经济开发区丰润路6号厂房', NULL, 90000000, NULL, NULL, NULL, NULL, NULL, NULL),
 (210, '轮候查封', '2024-04-01', '2027-03-31', '嵊州市经济开发区丰润路6号厂房', NULL, NULL, NULL, NULL, NULL, NULL, '邬建新', '330683197502140417'),
 (210, '参与分配', '2024-05-10', NULL, NULL, 40000000, NULL, NULL, NULL, NULL, NULL, '邬建新', '330683197502140417'),
 (210, '拍卖', '2025-03-01', NULL, '嵊州市经济开发区丰润路6号厂房', NULL, 90000000, 63000000, 66000000, '1', '人民法院诉讼资产网', NULL, NULL),
 (210, '案款到账', '2025-03-10', NULL, '拍卖价款', 66000000, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (210, '分配方案', '2025-03-12', NULL, NULL, 66000000, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (210, '案款发放', '2025-04-10', NULL, NULL, 12000000, NULL, NULL, NULL, NULL, NULL, '钟海燕', NULL),
 (210, '案款发放', '2025-04-10', NULL, NULL, 40000000, NULL, NULL, NULL, NULL, NULL, '邬建新', NULL);
