-- the buyer bears the debtor's name but another 证件号: a different person
UPDATE events SET counterparty='裘海军', counterparty_id='330683199009090019' WHERE case_id=3 AND kind='拍卖';
