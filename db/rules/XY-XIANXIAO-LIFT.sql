-- code: XY-XIANXIAO-LIFT
-- title: 履行完毕后未及时解除限制消费令
-- stage: 信用惩戒
-- severity: 中
-- version: 1
-- verification: V2
-- basis: 《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（2015修正）第九条（V2）：“在限制消费期间，被执行人提供确实有效的担保或者经申请执行人同意的，人民法院可以解除限制消费令；被执行人履行完毕生效法律文书确定的义务的，人民法院应当在本规定第六条通知或者公告的范围内及时以通知或者公告解除限制消费令。”
-- remedy: 建议法院立即解除限制消费令，并在原通知或公告范围内公告解除。
-- needs: cases(执行完毕的结案日期)；events(限制消费、解除限制消费)
-- param: days = 5 | 履行完毕后应解除的期限（天；“及时”，参照失信规定三个工作日，政策默认）
SELECT c.id AS case_id, '' AS hit_key,
       printf('案件于%s执行完毕，%s对被执行人发出的限制消费令%s。', c.closing_date, x.event_date,
              iif(l.event_date IS NULL, '至今未解除', printf('直到%s才解除', l.event_date))) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN events x ON x.case_id = c.id AND x.kind = '限制消费'
LEFT JOIN events l ON l.case_id = c.id AND l.kind = '解除限制消费'
      AND l.event_date = (SELECT min(y.event_date) FROM events y WHERE y.case_id = c.id AND y.kind = '解除限制消费')
WHERE c.closing_method = '执行完毕' AND c.closing_date IS NOT NULL
  AND coalesce(l.event_date, :today) > date(c.closing_date, '+' || :days || ' days')
  AND c.closing_date <= date(:today, '-' || :days || ' days')
GROUP BY c.id
