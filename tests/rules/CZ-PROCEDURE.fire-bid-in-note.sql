-- a flat announced 2025-03-07; the 到期日 is empty and the remark says 竞价时间：2025-04-05 10:00 至 2025-04-06 10:00 — 29 days, the law wants 30 (网拍规定 第十二条)
UPDATE events SET end_date = NULL, note = '竞价时间：2025-04-05 10:00 至 2025-04-06 10:00' WHERE case_id=3 AND kind='拍卖公告';
