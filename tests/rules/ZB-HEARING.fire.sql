-- no record that the applicant was told and heard before 终本
DELETE FROM events WHERE case_id=1 AND kind='终本前告知申请人';
