-- the buyer is no party of any case; the register (户籍) found by the sale's ID gives the debtor's own address and phone (a spouse): weak, said so
UPDATE events SET counterparty='石慧英', counterparty_id='330683198005170026' WHERE case_id=3 AND kind='拍卖';
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, address, phone) VALUES
 ('户籍', 6, 'id', '裘海军', '330683197706060935', '嵊州市崇仁镇兴工路23号25幢897室', '135 8085 8675'),
 ('户籍', NULL, NULL, '石慧英', '330683198005170026', '嵊州市崇仁镇兴工路23号25幢897室', '13580858675');
