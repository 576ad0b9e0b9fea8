-- 终本 case 101 enforces a labour arbitration award (嵊劳人仲案字)
UPDATE cases SET basis_no='嵊劳人仲案字〔2023〕第58号', cause='劳务合同纠纷' WHERE id=1;
