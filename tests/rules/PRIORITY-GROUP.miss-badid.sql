-- the applicant's 身份证号 has a wrong check character: no birth date is read from it
UPDATE parties SET id_no='330683196005010012', id_valid=0 WHERE id=1;
