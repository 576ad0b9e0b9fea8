-- only the applicant acted (a property lead on 2026-10-20); the court's last act was 2026-05-10
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(2, '财产线索', '2026-10-20', '被执行人在绍兴市越城区有商铺', '明确具体');
