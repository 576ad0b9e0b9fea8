-- the seized flat was auctioned (成交 350,000.00元) on 2024-05-20, before 终本
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 40000000);
INSERT INTO events(case_id, kind, event_date, item, value_fen, price_fen, deal_fen, round, result) VALUES
 (1, '拍卖', '2024-05-20', '嵊州市剡湖街道北直街5号1幢101室', 40000000, 28000000, 35000000, '1', '成交');
