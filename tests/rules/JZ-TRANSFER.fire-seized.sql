-- case 2: the flat seized on 2026-03-20 was transferred on 2026-06-01 at a fair price: 刑法 第三百一十四条
UPDATE registry_records SET end_date='2026-06-01', to_name='马文杰', to_id='33068319850612231X', price_fen=58000000 WHERE party_id=4 AND kind='不动产';
