UPDATE events SET value_fen=90000000 WHERE case_id=2 AND kind='查封';
