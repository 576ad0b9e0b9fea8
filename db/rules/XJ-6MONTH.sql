-- code: XJ-6MONTH
-- title: 有财产可供执行的案件超六个月未执结且无延长期限审批
-- stage: 消极执行
-- severity: 中
-- version: 4
-- verification: V1
-- basis: 《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第63条（V1）：“人民法院执行生效法律文书，一般应当在立案之日起六个月内执行结案，但中止执行的期间应当扣除。确有特殊情况需要延长的，由本院院长批准。”
-- basis: 《最高人民法院关于人民法院办理执行案件若干期限的规定》（法发〔2006〕35号）第一条（V2，laws/ 无全文，依简报）：“被执行人有财产可供执行的案件，一般应当在立案之日起6个月内执结；……有特殊情况须延长执行期限的，应当报请本院院长或副院长批准。申请延长执行期限的，应当在期限届满前5日内提出。”
-- basis: 《中华人民共和国民法典》第二百零二条（V1）：“按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。”第二百零三条第一款（V1）：“期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。”
-- basis: 暂缓执行期间、执行和解履行期间比照中止执行扣除（政策默认；《最高人民法院关于执行和解若干问题的规定》第二条“可以裁定中止执行”，U，laws/ 无全文）。
-- remedy: 建议法院加快执行进度，依法处置已控制的财产；确需延长的依法报院长批准，并对超期原因作出说明。
-- needs: v_case_state(立案日期、结案方式、结案日期)；v_control(查封、扣押、冻结；轮候、处置障碍)；v_suspend(中止、暂缓)；v_events(和解〔到期日、结果〕、延长期限批准〔到期日〕)
-- param: months = 6 | 执行期限（月，执行工作规定第63条）
-- The clock: 立案日 + 6 months (corresponding day or month end), plus the
-- days the case stood still (中止/暂缓, an instalment 和解 being honoured)
-- that began before the clock ran out, overlapping periods counted once,
-- the last day rolled past rest days. A period still running stops the
-- clock (no lead, no wake: its end is new data). An approved extension
-- holds the case until its 到期日 (open-ended: no lead) — if it was approved
-- before the period ran out (or within an extension so approved): an
-- approval after the last day does not undo an overrun (v4). Only property the
-- court holds and may sell counts (not a 轮候查封, no recorded obstacle, not
-- released unsold). A case not yet due returns fires = 0 with the first
-- day it would fire as wake. A case closed since (执行完毕 and the like;
-- not 终本, which ZB-SEIZED and ZB-PROPERTY judge) is checked against its
-- closing day: paid off a day late is late. Its property may since have
-- been released — taken over (划拨) or sold — as long as it was held.
WITH op AS (SELECT cs.case_id, cs.court_name, cs.filing_date, cs.src,
                   CASE WHEN cs.closing_method IS NOT NULL THEN cs.closing_date END AS closed_on
            FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
            WHERE cs.filing_date IS NOT NULL
              AND (cs.closing_method IS NULL
                   OR (cs.closing_method <> '终结本次执行程序' AND cs.closing_date > cs.filing_date))),
prop AS (SELECT op.case_id, min(v.start_date) AS seized, group_concat(v.measure || '“' || v.item || '”', '、') AS items,
                group_concat(v.src, ' ') AS src
         FROM op CROSS JOIN v_control v ON v.case_id = op.case_id
         WHERE NOT v.waiting AND v.obstacle IS NULL
           AND (v.released_date IS NULL OR v.disposed_date IS NOT NULL OR op.closed_on IS NOT NULL)
           AND (v.measure <> '冻结' OR coalesce(v.frozen_fen, v.value_fen, 0) > 0)
         GROUP BY op.case_id),
-- periods the clock stands still ('9999-12-31': still running)
stop AS (SELECT op.case_id, max(u.start_date, op.filing_date) AS s, coalesce(u.end_date, '9999-12-31') AS e,
                u.kind, u.src
         FROM prop CROSS JOIN op ON op.case_id = prop.case_id CROSS JOIN v_suspend u ON u.case_id = op.case_id
         WHERE coalesce(u.end_date, '9999-12-31') > op.filing_date
         UNION ALL
         SELECT op.case_id, max(h.event_date, op.filing_date), h.end_date, '执行和解', h.src
         FROM prop CROSS JOIN op ON op.case_id = prop.case_id CROSS JOIN v_events h ON h.case_id = op.case_id
         WHERE h.kind = '和解' AND h.end_date > op.filing_date AND h.end_date > h.event_date
           AND coalesce(h.result, '') NOT LIKE '%未履行%'),
-- overlapping periods merged into islands, numbered in order
marked AS (SELECT *, CASE WHEN s <= max(e) OVER (PARTITION BY case_id ORDER BY s, e
                                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                          THEN 0 ELSE 1 END AS fresh
           FROM stop),
grouped AS (SELECT *, sum(fresh) OVER (PARTITION BY case_id ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS g FROM marked),
island AS (SELECT case_id, min(s) AS s, max(e) AS e,
                  group_concat(kind || s || '至' || iif(e = '9999-12-31', '今', e), '、') AS what,
                  group_concat(src, ' ') AS src,
                  row_number() OVER (PARTITION BY case_id ORDER BY min(s)) AS k
           FROM grouped GROUP BY case_id, g),
-- the raw last day, moved by each island that begins on or before it
clock(case_id, k, due, days, stopped, what, src) AS (
    SELECT op.case_id, 0, add_months_raw(op.filing_date, :months), 0, 0, '', ''
    FROM prop CROSS JOIN op ON op.case_id = prop.case_id
    UNION ALL
    SELECT c.case_id, i.k,
           CASE WHEN i.s > c.due OR i.e = '9999-12-31' THEN c.due
                ELSE add_days_raw(c.due, CAST(julianday(i.e) - julianday(i.s) AS INTEGER)) END,
           c.days + CASE WHEN i.s > c.due OR i.e = '9999-12-31' THEN 0
                         ELSE CAST(julianday(i.e) - julianday(i.s) AS INTEGER) END,
           c.stopped OR (i.s <= c.due AND i.e = '9999-12-31'),
           c.what || iif(i.s > c.due, '', '；' || i.what), c.src || iif(i.s > c.due, '', ' ' || i.src)
    FROM clock c JOIN island i ON i.case_id = c.case_id AND i.k = c.k + 1),
fin AS (SELECT c.*, legal_add_days(c.due, 0) AS last_day FROM clock c
        WHERE c.k = (SELECT max(k) FROM clock x WHERE x.case_id = c.case_id)),
ext AS (SELECT fin.case_id, max(e.end_date) AS until, count(*) - count(e.end_date) AS open_ended,
               max(e.event_date) AS approved, group_concat(e.src, ' ') AS src
        FROM fin CROSS JOIN v_events e ON e.case_id = fin.case_id
        WHERE e.kind = '延长期限批准'
          AND (e.event_date <= fin.last_day
               OR e.event_date <= (SELECT max(x.end_date) FROM v_events x WHERE x.case_id = fin.case_id
                                   AND x.kind = '延长期限批准' AND x.event_date <= fin.last_day))
        GROUP BY fin.case_id),
late_ext AS (SELECT fin.case_id, min(e.event_date) AS late_on
             FROM fin CROSS JOIN v_events e ON e.case_id = fin.case_id
             WHERE e.kind = '延长期限批准' AND e.event_date > fin.last_day
               AND NOT EXISTS (SELECT 1 FROM v_events x WHERE x.case_id = fin.case_id AND x.kind = '延长期限批准'
                               AND x.event_date <= fin.last_day)
             GROUP BY fin.case_id),
res AS (SELECT op.*, prop.seized, prop.items, prop.src AS prop_src, fin.days, fin.stopped, fin.what,
               fin.src AS stop_src, fin.last_day, ext.until, coalesce(ext.open_ended, 0) AS open_ended,
               ext.approved, ext.src AS ext_src, late_ext.late_on,
               max(fin.last_day, coalesce(ext.until, '')) AS held_until
        FROM op CROSS JOIN prop ON prop.case_id = op.case_id CROSS JOIN fin ON fin.case_id = op.case_id
        LEFT JOIN ext ON ext.case_id = op.case_id LEFT JOIN late_ext ON late_ext.case_id = op.case_id
        WHERE NOT fin.stopped AND coalesce(ext.open_ended, 0) = 0)
SELECT case_id, '' AS hit_key,
       coalesce(closed_on, :today) > held_until AS fires,
       iif(closed_on IS NOT NULL OR :today > held_until, NULL, add_days_raw(held_until, 1)) AS wake,
       printf('%s：立案日期%s，立案日期+%d个月=%s%s，执行期限届满日%s；%s起已控制财产%s（有财产可供执行）；%s；期限已于%s届满，%s。',
              court_name, filing_date, :months, add_months_raw(filing_date, :months),
              iif(days > 0, printf('，另加停止计算的%d日（%s；执行工作规定第63条）', days, substr(what, 2)), ''),
              last_day, seized, items,
              iif(until IS NULL, iif(late_on IS NULL, '未见延长执行期限的批准',
                                     printf('%s才批准延长执行期限，已在期限届满之后，不能补正超期', late_on)),
                  printf('%s批准延长执行期限至%s', approved, until)),
              held_until, coalesce(closed_on || '才执结（超期' || CAST(julianday(closed_on) - julianday(held_until) AS INTEGER) || '日）', '仍未执结')) AS evidence,
       src || ' ' || prop_src || stop_src || coalesce(' ' || ext_src, '') AS sources,
       '已核：中止、暂缓及执行和解履行期间已扣除（重叠期间只计一次，期限届满前开始者方扣除，未履行的和解不扣除）；无仍在进行的中止、暂缓；'
       || '延长期限批准（如有）已届满；所计财产非轮候查封、无处置障碍、未解除' AS checked
FROM res
