-- the applicant of 终本 case 101 is 66 (born 1960-05-01) but the case is lawful: no other lead, nothing to put first
UPDATE parties SET id_no='330683196005010011' WHERE id=1;
