-- code: XJ-IDLE
-- title: 未结案件长期无任何执行行为
-- stage: 消极执行
-- severity: 中
-- version: 1
-- verification: V2
-- basis: 《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》（条文序号待核，内容V2）：人民检察院认为人民法院在民事执行活动中可能存在怠于履行职责情形的，可以向人民法院书面了解相关情况，人民法院应当说明案件的执行情况及理由，并在十五日内书面回复人民检察院。
-- basis: 《中华人民共和国民事诉讼法》第二百四十六条（V1）：“人民检察院有权对民事执行活动实行法律监督。”
-- remedy: 建议向法院发出《说明案件执行情况通知书》，要求说明执行情况及理由；确属怠于履职的，发出检察建议。
-- needs: events(全部)
-- param: days = 90 | 无执行行为的最长天数（政策默认）
SELECT id AS case_id, '' AS hit_key,
       printf('案件立案于%s，至今未结；最近一次执行行为是%s（%s），至%s已%d天无任何执行行为。', filing_date,
              coalesce(last, '无'), coalesce(what, '—'), :today,
              CAST(julianday(:today) - julianday(coalesce(last, filing_date)) AS INTEGER)) AS evidence
FROM (SELECT c.id, c.filing_date,
             (SELECT max(e.event_date) FROM events e WHERE e.case_id = c.id) AS last,
             (SELECT e.kind FROM events e WHERE e.case_id = c.id ORDER BY e.event_date DESC LIMIT 1) AS what
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      WHERE c.closing_method IS NULL AND c.filing_date IS NOT NULL)
WHERE coalesce(last, filing_date) < date(:today, '-' || :days || ' days')
