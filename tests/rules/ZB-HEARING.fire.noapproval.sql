-- told, but neither the applicant's signature nor a 合议庭 + 院长 approval
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
