-- code: XJ-IDLE
-- title: 未结案件长期无任何执行行为
-- stage: 消极执行
-- severity: 中
-- version: 3
-- verification: V2
-- basis: 《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》（法发〔2016〕30号，条文序号待核，内容V2，laws/ 无全文）：人民检察院认为人民法院在民事执行活动中可能存在怠于履行职责情形的，可以向人民法院书面了解相关情况，人民法院应当说明案件的执行情况及理由，并在十五日内书面回复人民检察院。
-- basis: 《中华人民共和国民事诉讼法》第二百四十六条（V1）：“人民检察院有权对民事执行活动实行法律监督。”
-- basis: 《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第63条（V1）：“人民法院执行生效法律文书，一般应当在立案之日起六个月内执行结案，但中止执行的期间应当扣除。……”——中止、暂缓期间及执行和解履行期间不计入无执行行为的期间（政策默认）。
-- remedy: 建议向法院发出《说明案件执行情况通知书》，要求说明执行情况及理由；确属怠于履职的，发出检察建议。
-- needs: v_case_state(立案日期、未结)；v_events(法院的全部执行行为；和解〔到期日、结果〕)；v_suspend(中止、暂缓)
-- param: days = 90 | 无执行行为的最长天数（政策默认，法无明文）
-- The idle clock starts at the court's last act (else the filing), or at
-- the end of a 中止/暂缓 or of an honoured instalment 和解 if later; a
-- 中止/暂缓 still running stops it (no lead, no wake). What the parties do
-- themselves (a lead given, a report filed, an objection) is not an act of
-- the court. A case not yet idle long enough returns fires = 0 with the
-- first day it would fire as wake.
WITH op AS (SELECT cs.case_id, cs.court_name, cs.filing_date, cs.src
            FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
            WHERE cs.closing_method IS NULL AND cs.filing_date IS NOT NULL AND cs.has_events),
act AS (SELECT op.case_id, e.event_date, e.kind, e.src,
               row_number() OVER (PARTITION BY op.case_id ORDER BY e.event_date DESC, e.id DESC) AS n
        FROM op CROSS JOIN v_events e ON e.case_id = op.case_id
        WHERE e.event_date IS NOT NULL
          AND e.kind NOT IN ('财产线索', '财产报告', '审计申请', '悬赏申请', '分配方案异议', '参与分配', '应诉通知',
                             '执行依据', '和解', '申请执行人确认终本')),
pause AS (SELECT op.case_id, u.kind, u.start_date AS s, u.end_date AS e, u.src
          FROM op CROSS JOIN v_suspend u ON u.case_id = op.case_id
          UNION ALL
          SELECT op.case_id, '执行和解', h.event_date, h.end_date, h.src
          FROM op CROSS JOIN v_events h ON h.case_id = op.case_id
          WHERE h.kind = '和解' AND h.end_date IS NOT NULL AND coalesce(h.result, '') NOT LIKE '%未履行%'),
p AS (SELECT case_id, max(e) AS e, count(*) - count(e) AS running,
             (SELECT x.kind FROM pause x WHERE x.case_id = pause.case_id ORDER BY x.e DESC LIMIT 1) AS kind,
             (SELECT x.src FROM pause x WHERE x.case_id = pause.case_id ORDER BY x.e DESC LIMIT 1) AS src
      FROM pause GROUP BY case_id),
x AS (SELECT op.*, act.event_date AS last, act.kind AS what, act.src AS act_src, p.e AS pause_end, p.kind AS pause_kind,
             p.src AS pause_src, coalesce(p.running, 0) AS running,
             max(coalesce(act.event_date, op.filing_date), op.filing_date, coalesce(p.e, '')) AS since
      FROM op LEFT JOIN act ON act.case_id = op.case_id AND act.n = 1 LEFT JOIN p ON p.case_id = op.case_id),
y AS (SELECT *, legal_add_days(since, :days) AS due FROM x WHERE running = 0)
SELECT case_id, '' AS hit_key,
       :today > due AS fires,
       iif(:today > due, NULL, add_days_raw(due, 1)) AS wake,
       printf('%s：案件于%s立案，至今未结；%s；自%s起%d日于%s届满，其后至今卷内无任何执行行为记录。',
              court_name, filing_date,
              iif(last IS NULL, '立案后卷内无任何执行行为', printf('最近一次执行行为是%s%s', last, what))
              || iif(pause_end IS NOT NULL AND pause_end = since, printf('；%s期间至%s', pause_kind, pause_end), ''),
              since, :days, due) AS evidence,
       src || coalesce(' ' || act_src, '')
           || iif(pause_end = since AND pause_src IS NOT act_src, coalesce(' ' || pause_src, ''), '') AS sources,
       '已核：不计当事人自身的行为（提供线索、报告财产、异议等）；无仍在进行的中止、暂缓；中止、暂缓及执行和解履行期间（未履行的和解除外）不计入' || '；本案有执行措施数据（只有台账、没有执行措施数据的案件不据“未见某措施”判断）' AS checked
FROM y
