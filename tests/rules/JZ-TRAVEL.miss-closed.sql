-- case 3 was 执行完毕 on 2025-06-30; the flight of 2025-08-01 came after (even with the 限消令 not lifted)
DELETE FROM events WHERE case_id=3 AND kind='解除限制消费';
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 6, 'id', '裘海军', '330683197706060935', 'MU5137', '2025-08-01', '航空');
