-- a 未 in another clause does not deny the signature: "申请执行人未到庭，电话告知；申请执行人签字确认"
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
UPDATE events SET note='申请执行人未到庭，电话告知；申请执行人签字确认' WHERE case_id=1 AND kind='终本前告知申请人';
