-- the signature and the approval recorded only in remarks: 告知 row "…申请执行人签字确认", 终本 row "经合议庭审查、院长批准"
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
UPDATE events SET note='告知执行情况、财产调查措施及终本依据，听取申请执行人意见；申请执行人签字确认' WHERE case_id=1 AND kind='终本前告知申请人';
