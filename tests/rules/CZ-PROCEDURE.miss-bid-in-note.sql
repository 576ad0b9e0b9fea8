-- a flat announced 2025-03-07; the remark gives the bidding as 2025年4月6日10时起: 30 days, as the law wants
UPDATE events SET end_date = NULL, note = '拍卖时间：2025年4月6日10时至4月7日10时' WHERE case_id=3 AND kind='拍卖公告';
