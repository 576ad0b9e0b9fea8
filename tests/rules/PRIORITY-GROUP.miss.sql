-- the applicant turns 60 only tomorrow (born 1966-11-16): not yet; the rule wakes that day
UPDATE parties SET id_no='33068319661116001X' WHERE id=1;
