-- the applicant of 终本 case 101 turned 60 on the day of 终本 (born 1964-06-20)
UPDATE parties SET id_no='330683196406200019' WHERE id=1;
