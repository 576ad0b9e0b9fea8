-- as fire-home-transfer-namesake, but the house sold on 2026-03-10, after the 执行依据 (and the filing), was the debtor's own (her 证件号): 第二十条第一款第（二）项 holds
UPDATE events SET obstacle='被执行人及其家属唯一住房' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date, item, price_fen, value_fen, note) VALUES(2, '拍卖公告', '2026-06-01', '2026-07-01', '嵊州市鹿山街道鹿山路8号1幢502室', 42000000, 60000000, '被执行人在执行依据生效后转让其名下其他房屋，依执行异议和复议规定第二十条第一款第（二）项处置');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date)
 VALUES('不动产', 4, 'id', '竺丽萍', '330683199011230026', '嵊州市剡湖街道东门路12号3幢201室', 50000000, '2015-03-01', '2026-03-10');
