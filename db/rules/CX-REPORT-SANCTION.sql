-- code: CX-REPORT-SANCTION
-- title: 拒绝、虚假或无正当理由逾期报告财产，未予罚款、拘留或纳入失信名单
-- stage: 财产查询
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》（2020修正）第九条第一款（V1）：“被执行人拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，人民法院可以根据情节轻重对被执行人或者其法定代理人予以罚款、拘留；构成犯罪的，依法追究刑事责任。”
-- basis: 同规定第十条（V1）：“被执行人拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，人民法院应当依照相关规定将其纳入失信被执行人名单。”
-- basis: 《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017修正）第一条第（四）项（V1）：“违反财产报告制度的”；第四条（V1）：“被执行人为未成年人的，人民法院不得将其纳入失信被执行人名单。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十二条（V1）：“……被执行人拒绝报告或者虚假报告的，人民法院可以根据情节轻重对被执行人或者其法定代理人、有关单位的主要负责人或者直接责任人员予以罚款、拘留。”
-- basis: 财产报告程序终结的不再提示：《最高人民法院关于民事执行中财产调查若干问题的规定》第十一条第一款（V1）：“有下列情形之一的，财产报告程序终结：（一）被执行人履行完毕生效法律文书确定义务的；（二）人民法院裁定终结执行的；（三）人民法院裁定不予执行的；（四）人民法院认为财产报告程序应当终结的其他情形。”
-- basis: 终本前提：《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第二条第（三）项（V2）：“对逾期报告、拒绝报告或者虚假报告的被执行人或者相关人员，依法采取罚款、拘留等强制措施，构成犯罪的，依法启动刑事责任追究程序。”
-- remedy: 建议法院对违反财产报告制度的被执行人依法纳入失信被执行人名单，并视情节予以罚款、拘留；构成犯罪的，移送追究刑事责任。
-- needs: v_reports(财产报告及其结果，或报告财产令一行所记的报告结果)；events(报告财产令及其报告期限、罚款、拘留、失信、删除失信)；parties.birth_date
-- param: grace_days = 30 | 违反报告义务后应作出处理的日数（政策默认，法律未规定期限）
-- param: require_shixin = 0 | 1：只有纳入失信名单才算处理（财产调查规定第十条“应当”）；0：罚款、拘留或失信任一即可（简报默认）
-- The first breach per case: a 财产报告 whose result says 拒绝 or 虚假, or
-- 逾期/未报告 without 正当理由 (v_reports.breach), or one with no result
-- received after the report order's deadline. A response is a 罚款 or 拘留 on or after the breach, or
-- a 失信 listing in force from it (require_shixin = 1: the listing only). It
-- is late when none has come by breach + grace_days (rolled, 民诉法 第八十五条);
-- a case not yet late wakes the day after. Closed cases (财产报告程序终结)
-- and debtors who were minors at the breach are left out.
-- v3: a late report breaches the order the day after its deadline (rolled
-- past rest days, 民诉法 第八十五条), not on the day it finally came, so the
-- grace runs from its end (the first day of grace is the day after the
-- deadline); a report on the rolled last day is on time; a 罚款
-- or 拘留 of a namesake (the debtor's name, another 证件号) answers nothing.
WITH ord AS (
  SELECT cs.case_id, cs.court_name, cs.is_zb, cs.src AS case_src,
         (SELECT o.event_date || '|' || coalesce(o.end_date, '') || '|' || o.src FROM v_events o
          WHERE o.case_id = cs.case_id AND o.kind = '报告财产令' ORDER BY o.event_date, o.id LIMIT 1) AS ord
  FROM screen_scope s JOIN v_case_state cs ON cs.case_id = s.case_id
  WHERE NOT coalesce(cs.is_closed, 0)),
od AS (   -- the order's last day, rolled
  SELECT ord.*, legal_add_days(nullif(substr(ord.ord, 12, 10), ''), 0) AS last_day FROM ord),
b AS (
  SELECT od.*, coalesce(nullif(r.result, ''), '报告期限届满后才提交，未注明正当理由') AS result, r.src AS r_src,
         r.event_date AS reported,
         CASE WHEN (coalesce(r.result, '') = '' OR r.result LIKE '%逾期%' OR r.result LIKE '%未报告%')
                   AND date(od.last_day, '+1 day') < r.event_date
              THEN date(od.last_day, '+1 day') ELSE r.event_date END AS breach,
         -- the day the grace counts from (第八十五条: from the next day on)
         CASE WHEN (coalesce(r.result, '') = '' OR r.result LIKE '%逾期%' OR r.result LIKE '%未报告%')
                   AND date(od.last_day, '+1 day') < r.event_date
              THEN od.last_day ELSE r.event_date END AS anchor,
         row_number() OVER (PARTITION BY od.case_id ORDER BY r.event_date, r.id) AS nth
  FROM od JOIN v_reports r ON r.case_id = od.case_id
  WHERE r.breach
     OR (coalesce(r.result, '') = '' AND od.last_day < r.event_date)),
-- a 罚款 or 拘留 and whether it names a namesake of the debtor
sx AS (
  SELECT p.case_id, p.event_date, p.src FROM v_events p
  WHERE p.case_id IN (SELECT case_id FROM b) AND p.kind IN ('罚款', '拘留')
    AND NOT EXISTS (SELECT 1 FROM v_debtor d WHERE d.case_id = p.case_id AND d.name = p.counterparty
                    AND coalesce(d.id_no, '') <> '' AND coalesce(p.counterparty_id, '') <> ''
                    AND upper(replace(p.counterparty_id, ' ', '')) <> upper(d.id_no))),
x AS (
  SELECT b.*, legal_add_days(anchor, :grace_days) AS due,
         (SELECT min(p.event_date) FROM sx p WHERE p.case_id = b.case_id AND p.event_date >= b.breach) AS sanction,
         (SELECT p.src FROM sx p WHERE p.case_id = b.case_id AND p.event_date >= b.breach
          ORDER BY p.event_date LIMIT 1) AS sanction_src,
         (SELECT max(l.event_date) FROM v_events l WHERE l.case_id = b.case_id AND l.kind = '失信'
          AND (l.event_date >= b.breach OR NOT EXISTS (SELECT 1 FROM v_events d WHERE d.case_id = b.case_id
               AND d.kind = '删除失信' AND d.event_date BETWEEN l.event_date AND b.breach))) AS listed,
         EXISTS (SELECT 1 FROM v_debtor db WHERE db.case_id = b.case_id AND db.birth_date IS NOT NULL
                 AND b.breach < add_months_raw(db.birth_date, 216)) AS minor
  FROM b WHERE nth = 1),
y AS (
  SELECT x.*, CASE WHEN :require_shixin THEN listed IS NOT NULL
                   ELSE listed IS NOT NULL OR sanction IS NOT NULL END AS answered
  FROM x WHERE NOT minor)
SELECT case_id, '' AS hit_key, (:today > due) AS fires,
       CASE WHEN :today <= due THEN date(due, '+1 day') END AS wake,
       printf('%s：报告财产令于%s发出%s；被执行人财产报告情况：%s（%s）。自%s违反财产报告制度起%d日（至%s）及至筛查之日，%s。%s',
              court_name, coalesce(substr(ord, 1, 10), '（未见记录）'),
              iif(last_day IS NOT NULL, printf('，报告期限至%s%s', substr(ord, 12, 10),
                                                 iif(last_day <> substr(ord, 12, 10), printf('（遇休息日顺延至%s）', last_day), '')), ''),
              result, reported, breach, :grace_days, due,
              CASE WHEN :require_shixin AND sanction IS NOT NULL
                   THEN printf('虽于%s罚款/拘留，但未纳入失信被执行人名单（财产调查规定第十条“应当”）', sanction)
                   ELSE '未见罚款、拘留，亦未纳入失信被执行人名单' END,
              iif(is_zb, '案件已终结本次执行程序（终本规定第二条第（三）项要求采取罚款、拘留等强制措施）。', '')) AS evidence,
       trim(case_src || ' ' || coalesce(substr(ord, 23), '') || ' ' || r_src || ' ' || coalesce(sanction_src, '')) AS sources,
       '已核：案件未结（财产报告程序未终结）；“逾期”未注明正当理由；报告期限末日遇休息日顺延；同名不同证件号者的罚款、拘留不计；被执行人非未成年人；' ||
       iif(:require_shixin, '违反后未纳入失信名单', '违反后无罚款、拘留，亦未纳入失信名单') AS checked
FROM y
WHERE NOT answered
