-- code: ZB-INVEST
-- title: 终本前未穷尽财产调查（无网络查控或查控过旧）
-- stage: 终本
-- severity: 高
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》第一条（V1）：“执行过程中，申请执行人应当提供被执行人的财产线索；被执行人应当如实报告财产；人民法院应当通过网络执行查控系统进行调查，根据案件需要应当通过其他方式进行调查的，同时采取其他调查方式。”
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（三）项（V2）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”。
-- remedy: 建议法院在终本前通过网络执行查控系统重新查询被执行人财产，并依法补充其他调查措施。
-- needs: events(网络查控、终本)
-- param: max_age_months = 3 | 终本前最近一次网络查控距终本的最长月数（政策默认）
SELECT id AS case_id, '' AS hit_key,
       iif(last IS NULL,
           printf('终本日期%s，此前无任何网络执行查控记录。', closing_date),
           printf('终本日期%s，最近一次网络执行查控在%s，已超过%d个月。', closing_date, last, :max_age_months)) AS evidence
FROM (SELECT c.id, c.closing_date,
             (SELECT max(e.event_date) FROM events e WHERE e.case_id = c.id AND e.kind = '网络查控'
              AND e.event_date <= c.closing_date) AS last
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      WHERE c.closing_method = '终结本次执行程序' AND c.closing_date IS NOT NULL)
WHERE last IS NULL OR last < date(closing_date, '-' || :max_age_months || ' months')
