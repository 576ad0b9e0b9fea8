UPDATE events SET price_fen=70000000 WHERE case_id=3 AND kind='拍卖';
