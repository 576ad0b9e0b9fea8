-- two auctions failed and the applicant refused the flat in payment before 终本 (终本规定 第四条)
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 40000000);
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, round) VALUES
 (1, '流拍', '2024-04-10', '嵊州市剡湖街道北直街5号1幢101室', 40000000, 28000000, '1'), (1, '流拍', '2024-05-15', '嵊州市剡湖街道北直街5号1幢101室', 40000000, 22400000, '2');
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '以物抵债', '2024-05-25', '嵊州市剡湖街道北直街5号1幢101室', '申请执行人不同意');
