-- a flat announced 2025-03-07 with bidding from Sunday 04-06: 30 full days, no roll for a notice period
UPDATE events SET end_date='2025-04-06' WHERE case_id=3 AND kind='拍卖公告';
