-- the debtor flew on 2025-03-08 under the 限制消费令 and was listed as 失信 on 2025-03-20, within the 30 days
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2025-03-08', '航空', '经济舱');
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (1, '失信', '2025-03-20', '2027-03-20', '失信规定第一条第（五）项：违反限制消费令');
