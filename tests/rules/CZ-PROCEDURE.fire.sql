-- a flat announced 2025-03-07 with bidding from 04-05: 29 days, the law wants 30 (网拍规定 第十二条)
UPDATE events SET end_date='2025-04-05' WHERE case_id=3 AND kind='拍卖公告';
