-- 股权 registered to the debtor at 终本, value not recorded (an unknown value counts)
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date)
 VALUES('股权', 2, 'id', '俞建国', '330683197903051238', '嵊州市俞氏五金有限公司30%股权', NULL, '2020-09-01');
