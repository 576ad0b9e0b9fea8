DELETE FROM events WHERE case_id=1 AND kind='终本前告知申请人';
