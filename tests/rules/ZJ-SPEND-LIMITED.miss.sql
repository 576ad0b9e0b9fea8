-- the flight was bought before the 限制消费令; afterwards only ordinary shopping
INSERT INTO import_files(id, kind, path, imported_by) VALUES(90, 'bank', '/data/流水/俞建国工行.csv', 'tester');
INSERT INTO bank_accounts(id, account_no, holder_name, holder_id, bank, party_id, match, src_file_id)
 VALUES(1, '6222021234567890123', '俞建国', '330683197903051238', '工行嵊州支行', 2, 'id', 90);
INSERT INTO bank_txns(account_id, txn_date, txn_time, amount_fen, direction, balance_fen, cp_name, cp_account, summary, channel, src_file_id, src_row) VALUES
 (1, '2024-01-20', '20:15:00', 158000, 'out', 300000, '中国东方航空股份有限公司', NULL, '机票', '快捷支付', 90, 8),
 (1, '2024-03-02', '10:00:00', 35000, 'out', 265000, '某超市', NULL, '消费', 'POS', 90, 9),
 (1, '2024-03-03', '10:00:00', 120000, 'out', 145000, '嵊州市人民医院', NULL, '医疗费', 'POS', 90, 10);
