-- no signature; the 终本 row's remark records the 合议庭 review and the 院长's approval
DELETE FROM events WHERE case_id=1 AND kind='申请执行人确认终本';
UPDATE events SET note='经合议庭审查、院长批准' WHERE case_id=1 AND kind='终本';
