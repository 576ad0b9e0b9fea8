-- remarks that deny the steps: "申请执行人拒绝签字确认", "未经合议庭审查、院长批准"
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
UPDATE events SET note='已告知执行情况，申请执行人拒绝签字确认' WHERE case_id=1 AND kind='终本前告知申请人';
UPDATE events SET note='未经合议庭审查、院长批准' WHERE case_id=1 AND kind='终本';
