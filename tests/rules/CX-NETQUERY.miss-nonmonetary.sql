-- a case to remove an obstruction (排除妨害纠纷, no sum of money: 申请执行标的 empty) with no online property query: nothing to search for
DELETE FROM events WHERE case_id=2 AND kind='网络查控';
UPDATE cases SET cause='排除妨害纠纷', claim_fen=NULL WHERE id=2;
