-- the debtor himself bought the flat (the buyer's 证件号 is his)
UPDATE events SET counterparty='裘海军', counterparty_id='330683197706060935' WHERE case_id=3 AND kind='拍卖';
