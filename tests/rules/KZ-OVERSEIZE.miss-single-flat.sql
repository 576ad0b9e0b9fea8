-- case 2's only controlled property is the flat (600,000元) for a debt of 150,000元 (4×), its 不可分物 column left blank: a flat is one whole thing and nothing else is held, so 第十九条's exception applies
UPDATE cases SET claim_fen = 15000000 WHERE id = 2;
