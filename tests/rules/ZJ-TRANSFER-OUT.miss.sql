-- the same company, but 90,000 in all and no single payment of 50,000
INSERT INTO import_files(id, kind, path, imported_by) VALUES(90, 'bank', '/data/流水/俞建国工行.csv', 'tester');
INSERT INTO bank_accounts(id, account_no, holder_name, holder_id, bank, party_id, match, src_file_id)
 VALUES(1, '6222021234567890123', '俞建国', '330683197903051238', '工行嵊州支行', 2, 'id', 90);
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES(7, '嵊州市建国贸易有限公司', 'org', '91330683MA2BCE1X05', 1);
INSERT INTO party_links(kind, a, b, source, strength) VALUES('法定代表人', 2, 7, 'registry:企业登记', 'strong');
INSERT INTO bank_txns(account_id, txn_date, txn_time, amount_fen, direction, balance_fen, cp_name, cp_account, summary, channel, src_file_id, src_row) VALUES
 (1, '2024-03-05', '10:12:00', 4500000, 'out', 1000000, '嵊州市建国贸易有限公司', '1211000099998888', '货款', '网银', 90, 12),
 (1, '2024-04-02', '15:40:00', 4500000, 'out', 550000, '嵊州市建国贸易有限公司', '1211000099998888', '往来款', '网银', 90, 20),
 (1, '2024-04-03', '09:00:00', 9000000, 'out', 375000, '某某', '6228000011112222', '转账', '网银', 90, 21);
