-- the flat is the debtor's only home (查封规定 第四条): recorded as not to be disposed of
DELETE FROM events WHERE case_id=2 AND kind='评估';
UPDATE events SET obstacle='被执行人及其所扶养家属唯一生活必需住房' WHERE case_id=2 AND kind='查封';
