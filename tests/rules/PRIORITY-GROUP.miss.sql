-- the applicant of 终本 case 101 turned 60 on 2024-06-21, the day after 终本 (2024-06-20): not elderly when the court closed it
UPDATE parties SET id_no='330683196406210014' WHERE id=1;
