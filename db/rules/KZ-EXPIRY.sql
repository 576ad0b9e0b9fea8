-- code: KZ-EXPIRY
-- title: 查封、扣押、冻结期限即将届满或已届满未续行
-- stage: 财产控制
-- severity: 高
-- version: 2
-- verification: V1
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（2022修正）第四百八十五条（V1）：“人民法院冻结被执行人的银行存款的期限不得超过一年，查封、扣押动产的期限不得超过两年，查封不动产、冻结其他财产权的期限不得超过三年。申请执行人申请延长期限的，人民法院应当在查封、扣押、冻结期限届满前办理续行查封、扣押、冻结手续，续行期限不得超过前款规定的期限。人民法院也可以依职权办理续行查封、扣押、冻结手续。”
-- basis: 《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》（2020修正）第二十七条（V1）：“查封、扣押、冻结期限届满，人民法院未办理延期手续的，查封、扣押、冻结的效力消灭。查封、扣押、冻结的财产已经被执行拍卖、变卖或者抵债的，查封、扣押、冻结的效力消灭。”
-- basis: 轮候查封不计：同规定第二十六条第一款（V1）：“对已被人民法院查封、扣押、冻结的财产，其他人民法院可以进行轮候查封、扣押、冻结。查封、扣押、冻结解除的，登记在先的轮候查封、扣押、冻结即自动生效。”——轮候期间本院的查封尚未生效，无期限可续。
-- basis: 期限最后一日为法定休假日的，依《中华人民共和国民事诉讼法》第八十五条第三款（V1）“期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期”顺延至其后第一个工作日（本规则的适用：查封期限系人民法院指定的期间）。
-- remedy: 建议法院在期限届满前依法办理续行查封、扣押、冻结手续；已失效的，及时重新查封、扣押、冻结并说明原因。
-- needs: events(查封、扣押、冻结、续封、解封、拍卖、变卖、以物抵债；到期日 end_date)；cases(结案方式、标的、到位金额)
-- param: warn_days = 30 | 期限届满前多少日起提示“即将届满”（政策默认；设为0则只提示已届满）
-- Per seized item (v_control: 查封 and 扣押 of one car are one item), in
-- cases not closed with money still owed, not released (or seized again
-- after a release), not disposed of. The latest term's end: before the
-- warning window the row only wakes at its start; inside it the lead says
-- 即将届满 and wakes the day after the end, when it says 已届满. A 续封 made
-- after the previous term had ended is a lapse too (hit_key item#续封日).
-- A last day on a rest day rolls to the next workday (legal_add_days(end, 0),
-- 民诉法 第八十五条). The warning window is a reminder, not a legal period:
-- plain date(). Views are read once into MATERIALIZED CTEs (a correlated
-- subquery over a view is re-run per row: quadratic on a large database).
WITH c AS MATERIALIZED (
  SELECT cs.case_id, cs.court_name, cs.outstanding_fen, cs.is_zb, cs.src AS case_src
  FROM screen_scope s JOIN v_case_state cs ON cs.case_id = s.case_id
  WHERE NOT cs.is_closed AND coalesce(cs.outstanding_fen, 1) > 0),
vc AS MATERIALIZED (
  SELECT c.*, v.item, v.measure, v.start_date, v.end_date, v.released_date, v.src
  FROM c JOIN v_control v ON v.case_id = c.case_id
  WHERE NOT v.waiting AND v.disposed_date IS NULL AND v.end_date IS NOT NULL),
ev AS MATERIALIZED (
  SELECT e.case_id, e.id, e.kind, e.event_date, e.end_date, e.item FROM c CROSS JOIN v_events e ON e.case_id = c.case_id
  WHERE e.kind IN ('查封', '扣押', '冻结', '续封') AND e.item IS NOT NULL),
-- per item: renewals, the latest measure, whether it was seized again after a release
k AS MATERIALIZED (
  SELECT vc.*, sum(x.kind = '续封') AS renewals,
         max(CASE WHEN x.kind <> '续封' THEN x.event_date || printf('%020d', x.id + 1000000000000000000) || x.kind END)
           AS lm_key,
         max(x.event_date > vc.released_date) AS seized_again,
         legal_add_days(vc.end_date, 0) AS last_day,
         date(vc.end_date, '-' || :warn_days || ' days') AS warn_from
  FROM vc JOIN ev x ON x.case_id = vc.case_id AND x.item = vc.item
  GROUP BY vc.case_id, vc.item),
term AS MATERIALIZED (
  SELECT k.*, substr(lm_key, 1, 10) || substr(lm_key, 31) AS last_measure,
         (:today > last_day) AS lapsed, (:today >= warn_from) AS warned FROM k
  WHERE released_date IS NULL OR seized_again),
-- renewals made after the term before them had already ended
gap AS MATERIALIZED (
  SELECT t.case_id, t.item, t.court_name, t.measure, t.case_src, t.src, r.event_date AS renewed,
         (SELECT max(p.end_date) FROM ev p WHERE p.case_id = t.case_id AND p.item = t.item
          AND p.event_date < r.event_date) AS prev_end
  FROM term t JOIN ev r ON r.case_id = t.case_id AND r.item = t.item AND r.kind = '续封')
SELECT case_id, item AS hit_key, warned AS fires,
       CASE WHEN NOT warned THEN warn_from WHEN NOT lapsed THEN date(last_day, '+1 day') END AS wake,
       printf('%s：“%s”于%s%s%s，%s期限至%s%s', court_name, item, start_date, measure,
              iif(substr(last_measure, 1, 10) > start_date,
                  printf('（最近一次于%s%s）', substr(last_measure, 1, 10), substr(last_measure, 11)), ''),
              iif(renewals > 0, printf('经续行%d次，最后一期', renewals), ''), end_date,
              iif(last_day <> end_date, printf('（法定休假日，顺延至%s）', last_day), '')) ||
       CASE WHEN lapsed
            THEN printf('，已于%s届满；届满前未见续行、解除或处置，%s效力自%s起消灭（查封规定第二十七条）。',
                        last_day, measure, date(last_day, '+1 day'))
            ELSE printf('，即将届满（提示期%d日，自%s起），尚未见续行。', :warn_days, warn_from) END ||
       printf('案件%s，尚未履行%s。', iif(is_zb, '已终结本次执行程序', '未结'),
              coalesce(yuan(outstanding_fen), '金额不详')) AS evidence,
       case_src || ' ' || src AS sources,
       '已核：非轮候查封；未解除、未拍卖/变卖/抵债；案件未结且债权未全部实现' AS checked
FROM term
UNION ALL
SELECT case_id, item || '#' || renewed, 1, NULL,
       printf('%s：“%s”前一期%s期限至%s%s届满，续封迟至%s才办理；期限届满时未办理续行手续，%s效力自%s起消灭（查封规定第二十七条），续行应在期限届满前办理（民诉法解释第四百八十五条第二款），其后的“续封”实为重新%s。',
              court_name, item, measure, prev_end,
              iif(legal_add_days(prev_end, 0) <> prev_end, printf('（顺延至%s）', legal_add_days(prev_end, 0)), ''),
              renewed, measure, date(legal_add_days(prev_end, 0), '+1 day'), measure),
       case_src || ' ' || src,
       '已核：非轮候查封；未解除、未处置；案件未结且债权未全部实现'
FROM gap WHERE renewed > legal_add_days(prev_end, 0)
