-- the same payments, but the money came back after 45 days (over the 30-day window)
INSERT INTO import_files(id, kind, path, imported_by) VALUES(90, 'bank', '/data/流水/俞建国工行.csv', 'tester');
INSERT INTO bank_accounts(id, account_no, holder_name, holder_id, bank, party_id, match, src_file_id)
 VALUES(1, '6222021234567890123', '俞建国', '330683197903051238', '工行嵊州支行', 2, 'id', 90);
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '执行依据', '2023-12-20', '民事调解书');
INSERT INTO bank_txns(account_id, txn_date, txn_time, amount_fen, direction, balance_fen, cp_name, cp_account, summary, channel, src_file_id, src_row) VALUES
 (1, '2024-02-01', '10:00:00', 10000000, 'out', 500000, '钱晓明', '6217000012345678', '还款', '网银', 90, 4),
 (1, '2024-03-17', '16:00:00', 9500000, 'in', 10000000, '钱晓明', '6217000012345678', '转账', '网银', 90, 6);
