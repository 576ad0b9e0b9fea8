-- the right holders waived notice in writing (权利人书面明确放弃): no notice was due
UPDATE events SET event_date='2025-03-06', result='权利人书面明确放弃' WHERE case_id=3 AND kind='拍卖通知';
