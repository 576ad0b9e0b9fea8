-- the same withdrawals spread over twelve days: never three within seven
INSERT INTO import_files(id, kind, path, imported_by) VALUES(90, 'bank', '/data/流水/俞建国工行.csv', 'tester');
INSERT INTO bank_accounts(id, account_no, holder_name, holder_id, bank, party_id, match, src_file_id)
 VALUES(1, '6222021234567890123', '俞建国', '330683197903051238', '工行嵊州支行', 2, 'id', 90);
INSERT INTO bank_txns(account_id, txn_date, txn_time, amount_fen, direction, balance_fen, cp_name, cp_account, summary, channel, src_file_id, src_row) VALUES
 (1, '2024-02-01', '09:01:00', 4900000, 'out', 9000000, NULL, NULL, 'ATM取现', 'ATM', 90, 5),
 (1, '2024-02-06', '09:10:00', 4900000, 'out', 4100000, NULL, NULL, 'ATM取现', 'ATM', 90, 6),
 (1, '2024-02-12', '10:00:00', 4900000, 'out', 200000, NULL, NULL, '柜面取现', '柜面', 90, 7);
