-- auctioned; the registry ties another flat to the debtor by name only (match 'name'): a weak link, named in the evidence, not a reason
UPDATE events SET obstacle='被执行人及其家属唯一住房' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, price_fen, value_fen) VALUES(2, '拍卖公告', '2026-06-01', '2026-07-01', '嵊州市鹿山街道鹿山路8号1幢502室', 42000000, 60000000);
INSERT INTO registry_records(kind, party_id, match, holder_name, item, value_fen, start_date)
 VALUES('不动产', 4, 'name', '竺丽萍', '嵊州市浦口街道东南路66号2幢1102室', 90000000, '2020-09-01');
