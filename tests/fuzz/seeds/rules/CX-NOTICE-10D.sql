-- code: CX-NOTICE-10D
-- title: 执行通知未在立案后十日内发出
-- stage: 财产查询
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十条（V1）：“人民法院应当在收到申请执行书或者移交执行书后十日内发出执行通知。执行通知中除应责令被执行人履行法律文书确定的义务外，还应通知其承担民事诉讼法第二百六十条规定的迟延履行利息或者迟延履行金。”
-- basis: 较严标准：《最高人民法院关于人民法院办理执行案件若干期限的规定》第四条（V2）：“承办人应当在收到案件材料后3日内向被执行人发出执行通知书，……”（可将 days 设为 3）
-- remedy: 建议法院规范执行通知的发出时间，并对本案迟延原因作出说明。
-- needs: cases.filing_date（作为收到申请执行书日的替代）；events(执行通知)
-- param: days = 10 | 立案后应发出执行通知的期限（天）
SELECT id AS case_id, '' AS hit_key,
       iif(notice IS NULL, printf('立案日期%s，至%s未见执行通知。', filing_date, coalesce(closing_date, :today)),
           printf('立案日期%s，执行通知%s才发出，间隔%d天，超过%d日。', filing_date, notice,
                  CAST(julianday(notice) - julianday(filing_date) AS INTEGER), :days)) AS evidence
FROM (SELECT c.id, c.filing_date, c.closing_date,
             (SELECT min(e.event_date) FROM events e WHERE e.case_id = c.id AND e.kind = '执行通知') AS notice
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      WHERE c.filing_date IS NOT NULL AND coalesce(c.type_code, '执') IN ('执', '执恢')
        AND coalesce(c.closing_method, '') NOT IN ('准许撤回', '驳回申请', '不予执行', '销案'))
WHERE coalesce(notice, :today) > date(filing_date, '+' || :days || ' days')
  AND (notice IS NOT NULL OR coalesce(closing_date, :today) > date(filing_date, '+' || :days || ' days'))
