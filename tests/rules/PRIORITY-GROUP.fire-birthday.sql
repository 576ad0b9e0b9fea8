-- the applicant turns 60 today (born 1966-11-15)
UPDATE parties SET id_no='330683196611150014' WHERE id=1;
