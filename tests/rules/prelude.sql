-- Rule fixtures start from three lawful cases; each CODE.fire.sql changes
-- them so the rule fires, each CODE.miss.sql changes them to just inside
-- the law (a near miss). Today is 2026-11-15.
INSERT INTO settings(key, value) VALUES('screen.today', '2026-11-15');
INSERT INTO courts(id, code, name, level) VALUES(1, '浙0683', '嵊州市人民法院', '基层');
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES
 (1, '钱晓明', 'person', '330683198507120013', 1),
 (2, '俞建国', 'person', '330683197903051238', 1),
 (3, '嵊州市恒昌纺织有限公司', 'org', '91330683MA2BCD1232', 1),
 (4, '竺丽萍', 'person', '330683199011230026', 1),
 (5, '商文华', 'person', '330683198212120417', 1),
 (6, '裘海军', 'person', '330683197706060935', 1);
-- case 1: 终本, every step in order, re-queried every six months since
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date,
  closing_method, cause, claim_fen, paid_fen, basis_no, judge)
 VALUES(1, '（2024）浙0683执101号', 2024, '浙0683', '执', 101, 1, '2024-01-10', '2024-06-20',
  '终结本次执行程序', '民间借贷纠纷', 50000000, 0, '（2023）浙0683民初2001号', '俞晓峰');
INSERT INTO case_parties(case_id, party_id, role) VALUES (1, 1, '申请执行人'), (1, 2, '被执行人');
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, counterparty) VALUES
 (1, '执行通知', '2024-01-12', NULL, NULL, NULL, NULL, NULL, '俞建国'),
 (1, '报告财产令', '2024-01-12', '2024-01-17', NULL, NULL, NULL, NULL, '俞建国'),
 (1, '网络查控', '2024-01-15', NULL, '总对总网络查控', NULL, NULL, NULL, NULL),
 (1, '限制消费', '2024-01-25', NULL, '俞建国', NULL, NULL, NULL, '俞建国'),
 (1, '网络查控', '2024-06-10', NULL, '总对总网络查控', NULL, NULL, NULL, NULL),
 (1, '终本前告知申请人', '2024-06-12', NULL, '约谈申请执行人', NULL, NULL, NULL, NULL),
 (1, '终本', '2024-06-20', NULL, NULL, NULL, NULL, NULL, NULL),
 (1, '终本后查询', '2024-11-20', NULL, '总对总网络查控', NULL, NULL, NULL, NULL),
 (1, '终本后查询', '2025-05-10', NULL, '总对总网络查控', NULL, NULL, NULL, NULL),
 (1, '终本后查询', '2025-10-30', NULL, '总对总网络查控', NULL, NULL, NULL, NULL),
 (1, '终本后查询', '2026-04-20', NULL, '总对总网络查控', NULL, NULL, NULL, NULL),
 (1, '终本后查询', '2026-10-10', NULL, '总对总网络查控', NULL, NULL, NULL, NULL);
-- the debtor sold a car long before the case (not property at 终本)
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date)
 VALUES('车辆', 2, 'id', '俞建国', '330683197903051238', '浙D12345', 8000000, '2015-03-01', '2022-08-01');
-- case 2: open, a flat seized and valued, extension approved, regular acts
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen,
  paid_fen, basis_no, judge)
 VALUES(2, '（2026）浙0683执202号', 2026, '浙0683', '执', 202, 1, '2026-03-01', '买卖合同纠纷',
  50000000, 0, '（2025）浙0683民初3002号', '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (2, 3, '申请执行人'), (2, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, counterparty) VALUES
 (2, '执行通知', '2026-03-03', NULL, NULL, NULL, NULL, NULL, '竺丽萍'),
 (2, '报告财产令', '2026-03-03', '2026-03-08', NULL, NULL, NULL, NULL, '竺丽萍'),
 (2, '网络查控', '2026-03-05', NULL, '总对总网络查控', NULL, NULL, NULL, NULL),
 (2, '查封', '2026-03-20', '2029-03-19', '嵊州市鹿山街道鹿山路8号1幢502室', NULL, 60000000, NULL, NULL),
 (2, '评估', '2026-05-10', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', NULL, 60000000, NULL, NULL),
 (2, '延长期限批准', '2026-08-20', '2027-03-01', NULL, NULL, NULL, NULL, NULL),
 (2, '网络查控', '2026-10-01', NULL, '总对总网络查控', NULL, NULL, NULL, NULL);
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date)
 VALUES('不动产', 4, 'id', '竺丽萍', '330683199011230026', '嵊州市鹿山街道鹿山路8号1幢502室', 60000000, '2018-06-01');
-- case 3: paid in full after an auction; restrictions lifted at once
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date,
  closing_method, cause, claim_fen, paid_fen, basis_no, judge)
 VALUES(3, '（2025）浙0683执303号', 2025, '浙0683', '执', 303, 1, '2025-01-05', '2025-06-30', '执行完毕',
  '金融借款合同纠纷', 70000000, 70000000, '（2024）浙0683民初4003号', '钱国平');
INSERT INTO case_parties(case_id, party_id, role) VALUES (3, 5, '申请执行人'), (3, 6, '被执行人');
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, counterparty, detail) VALUES
 (3, '执行通知', '2025-01-07', NULL, NULL, NULL, NULL, NULL, '裘海军', NULL),
 (3, '报告财产令', '2025-01-07', '2025-01-12', NULL, NULL, NULL, NULL, '裘海军', NULL),
 (3, '网络查控', '2025-01-09', NULL, '总对总网络查控', NULL, NULL, NULL, NULL, NULL),
 (3, '限制消费', '2025-01-20', NULL, '裘海军', NULL, NULL, NULL, '裘海军', NULL),
 (3, '失信', '2025-02-01', NULL, '裘海军', NULL, NULL, NULL, '裘海军', NULL),
 (3, '查封', '2025-01-15', '2028-01-14', '嵊州市三江街道官河路18号2幢301室', NULL, 100000000, NULL, NULL, NULL),
 (3, '评估', '2025-02-20', NULL, '嵊州市三江街道官河路18号2幢301室', NULL, 100000000, NULL, NULL, NULL),
 (3, '拍卖', '2025-04-10', NULL, '嵊州市三江街道官河路18号2幢301室', 85000000, 100000000, 80000000, '金佳慧', '{"round":1,"result":"成交"}'),
 (3, '案款到账', '2025-05-05', NULL, '拍卖价款', 85000000, NULL, NULL, NULL, NULL),
 (3, '案款发放', '2025-05-20', NULL, '申请执行人', 70000000, NULL, NULL, NULL, NULL),
 (3, '解封', '2025-06-30', NULL, '嵊州市三江街道官河路18号2幢301室', NULL, NULL, NULL, NULL, NULL),
 (3, '解除限制消费', '2025-07-01', NULL, '裘海军', NULL, NULL, NULL, '裘海军', NULL),
 (3, '删除失信', '2025-07-02', NULL, '裘海军', NULL, NULL, NULL, '裘海军', NULL);
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date)
 VALUES('不动产', 6, 'id', '裘海军', '330683197706060935', '嵊州市三江街道官河路18号2幢301室', 100000000, '2016-05-01', '2025-05-20');

-- ======================================================================
-- Lawful data each group of rules needs added to the shared cases goes in
-- its own section below (keep edits inside your section).
-- ======================================================================

-- ---- [A] 财产查询 / 财产控制 / 串并 ----------------------------------


-- ---- [B] 财产处置 / 财产分配 / 终本后 --------------------------------
-- case 3's auction as the court ran it: parties notified 2025-03-03 (three
-- days and more before the announcement), announced 2025-03-07 on a network
-- platform, bidding from 2025-04-09 (a flat: thirty days and more after the
-- announcement), 起拍价 80% of the valuation, 保证金 10% of it; sold.
UPDATE events SET deal_fen=85000000, round='1', platform='人民法院诉讼资产网', result='成交',
  counterparty_id='330683199204150029' WHERE case_id=3 AND kind='拍卖';
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, counterparty, round, platform) VALUES
 (3, '拍卖通知', '2025-03-03', NULL, '嵊州市三江街道官河路18号2幢301室', NULL, NULL, NULL, '商文华、裘海军', NULL, NULL),
 (3, '拍卖公告', '2025-03-07', '2025-04-09', '嵊州市三江街道官河路18号2幢301室', 8000000, 100000000, 80000000, NULL, '1', '人民法院诉讼资产网');
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (201, '金佳慧', 'person', '330683199204150029', 1);
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('买受人', 6, 201, 'events', 'strong');


-- ---- [C1] 终本 / 消极执行 --------------------------------------------
-- case 1: the applicant signed his consent to 终本 (民诉法解释 第五百一十七条)
INSERT INTO events(case_id, kind, event_date, item) VALUES
 (1, '申请执行人确认终本', '2024-06-15', '申请执行人钱晓明签字确认');


-- ---- [C2] 信用惩戒 / 刑事线索 / 虚假诉讼 ------------------------------
-- case 1's debtor is alive (户籍 without 死亡日期) and, under the 限消令,
-- took a D train in 二等座, which 限消规定 第三条第一款第（九）项 allows.
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date)
 VALUES('户籍', 2, 'id', '俞建国', '330683197903051238', '浙江省嵊州市剡湖街道', '1979-03-05');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat)
 VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'D3135 杭州东—嵊州新昌', '2025-04-02', '铁路', '二等座');


-- ---- [ZJ] 资金 -------------------------------------------------------

