-- 600,000 on the account ten days before 终本 (2024-06-20), more than the 500,000 owed
INSERT INTO import_files(id, kind, path, imported_by) VALUES(90, 'bank', '/data/流水/俞建国工行.csv', 'tester');
INSERT INTO bank_accounts(id, account_no, holder_name, holder_id, bank, party_id, match, src_file_id)
 VALUES(1, '6222021234567890123', '俞建国', '330683197903051238', '工行嵊州支行', 2, 'id', 90);
INSERT INTO bank_txns(account_id, txn_date, txn_time, amount_fen, direction, balance_fen, cp_name, cp_account, summary, channel, src_file_id, src_row) VALUES
 (1, '2024-06-10', '11:00:00', 59000000, 'in', 60000000, '俞丽', '6228000011112222', '转账', '网银', 90, 30),
 (1, '2024-06-18', '11:00:00', 10000, 'out', 59990000, '某超市', NULL, '消费', 'POS', 90, 31);
