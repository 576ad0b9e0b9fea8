-- case 2: the court itself auctioned the seized flat on 2026-05-10; the registry transfer of 2026-06-01 is the buyer's
INSERT INTO events(case_id, kind, event_date, item, deal_fen, counterparty, counterparty_id, round) VALUES (2, '拍卖', '2026-05-10', '嵊州市鹿山街道鹿山路8号1幢502室', 58000000, '马文杰', '33068319850612231X', '1');
UPDATE registry_records SET end_date='2026-06-01', to_name='马文杰', to_id='33068319850612231X', price_fen=58000000 WHERE party_id=4 AND kind='不动产';
