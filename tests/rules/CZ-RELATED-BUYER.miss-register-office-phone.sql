-- the buyer (no party) shares a phone with the debtor, but eleven holders on the register give that number (an accounting agent's office)
UPDATE events SET counterparty='石慧英', counterparty_id='330683198005170026' WHERE case_id=3 AND kind='拍卖';
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, phone) VALUES
 ('户籍', 6, 'id', '裘海军', '330683197706060935', '0575-86021388'),
 ('户籍', NULL, NULL, '石慧英', '330683198005170026', '0575-86021388');
INSERT INTO registry_records(kind, holder_name, holder_id, phone)
 SELECT '户籍', '某' || n, printf('3306831980051700%02d', n), '0575-86021388'
 FROM (WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 9) SELECT n FROM k);
