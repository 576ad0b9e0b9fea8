-- 终本 case 101 is a wage claim (追索劳动报酬纠纷) with 500,000.00元 unpaid
UPDATE cases SET cause='追索劳动报酬纠纷' WHERE id=1;
