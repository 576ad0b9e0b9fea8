-- a wage claim paid in full: nothing owed
UPDATE cases SET cause='追索劳动报酬纠纷', paid_fen=50000000 WHERE id=1;
