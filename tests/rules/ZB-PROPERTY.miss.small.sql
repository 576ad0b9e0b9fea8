-- a housing fund balance of 800.00元, under the 1,000元 floor
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date)
 VALUES('公积金', 2, 'id', '俞建国', '330683197903051238', '住房公积金账户', 80000, '2015-01-01');
