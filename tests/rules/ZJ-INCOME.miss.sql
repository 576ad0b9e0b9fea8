-- salary in two months only, and one-off transfers: no regular income
INSERT INTO import_files(id, kind, path, imported_by) VALUES(90, 'bank', '/data/流水/俞建国工行.csv', 'tester');
INSERT INTO bank_accounts(id, account_no, holder_name, holder_id, bank, party_id, match, src_file_id)
 VALUES(1, '6222021234567890123', '俞建国', '330683197903051238', '工行嵊州支行', 2, 'id', 90);
INSERT INTO bank_txns(account_id, txn_date, txn_time, amount_fen, direction, balance_fen, cp_name, cp_account, summary, channel, src_file_id, src_row) VALUES
 (1, '2024-03-10', '08:00:00', 600000, 'in', 800000, '嵊州市恒昌纺织有限公司', '1211000011112222', '代发工资', '批量代发', 90, 9),
 (1, '2024-04-10', '08:00:00', 600000, 'in', 900000, '嵊州市恒昌纺织有限公司', '1211000011112222', '代发工资', '批量代发', 90, 15),
 (1, '2024-05-10', '08:00:00', 600000, 'in', 1500000, '俞丽', '6228000011112222', '转账', '网银', 90, 20);
