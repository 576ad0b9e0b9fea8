-- code: XY-DELETE-3WD
-- title: 失信信息应删未删
-- stage: 信用惩戒
-- severity: 中
-- version: 1
-- verification: V2
-- basis: 《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017修正）第十条（V2）：“具有下列情形之一的，人民法院应当在三个工作日内删除失信信息：（一）被执行人已履行生效法律文书确定的义务或人民法院已执行完毕的；……（七）人民法院依法裁定终结执行的。有纳入期限的，不适用前款规定。纳入期限届满后三个工作日内，人民法院应当删除失信信息。……”
-- remedy: 建议法院立即删除失信信息。
-- needs: cases(执行完毕/终结执行的结案日期)；events(失信 end_date 为纳入期限届满日、删除失信)
-- param: days = 5 | “三个工作日”折算的自然日（政策默认；节假日另计）
SELECT id AS case_id, '' AS hit_key,
       printf('%s将被执行人纳入失信名单；%s，%s。', listed,
              iif(due_kind = 'closed', '案件于' || closing_date || coalesce(method, '') , '纳入期限于' || period_end || '届满'),
              iif(deleted IS NULL, '至今未删除失信信息', '直到' || deleted || '才删除')) AS evidence
FROM (SELECT c.id, c.closing_date, c.closing_method AS method, f.event_date AS listed, f.end_date AS period_end,
             (SELECT min(d.event_date) FROM events d WHERE d.case_id = c.id AND d.kind = '删除失信') AS deleted,
             CASE WHEN c.closing_method IN ('执行完毕', '终结执行') THEN 'closed' ELSE 'period' END AS due_kind,
             CASE WHEN c.closing_method IN ('执行完毕', '终结执行') THEN c.closing_date ELSE f.end_date END AS due
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      JOIN events f ON f.case_id = c.id AND f.kind = '失信'
      GROUP BY c.id)
WHERE due IS NOT NULL AND due <= date(:today, '-' || :days || ' days')
  AND coalesce(deleted, :today) > date(due, '+' || :days || ' days')
