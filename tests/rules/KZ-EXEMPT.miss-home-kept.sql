-- the only home was seized but not auctioned, sold or taken in payment (查封规定 第四条 allows the seizure)
UPDATE events SET obstacle='被执行人及其家属唯一住房' WHERE case_id=2 AND kind='查封';
