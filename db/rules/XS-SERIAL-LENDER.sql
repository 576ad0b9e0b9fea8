-- code: XS-SERIAL-LENDER
-- title: 同一申请执行人短期内对多名被执行人申请执行民间借贷案件（职业放贷、虚假诉讼线索）
-- stage: 刑事线索
-- severity: 中
-- version: 3
-- verification: V1
-- basis: 《最高人民法院、最高人民检察院关于办理虚假诉讼刑事案件适用法律若干问题的解释》（2018年9月26日公布，2018年10月1日施行）第一条第一款第（二）项（V1）：采取伪造证据、虚假陈述等手段，“与他人恶意串通，捏造债权债务关系和以物抵债协议的”，向人民法院提起民事诉讼的，应当认定为刑法第三百零七条之一第一款规定的“以捏造的事实提起民事诉讼”。
-- basis: 同解释第二条第（四）项（V1）：以捏造的事实提起民事诉讼，“多次以捏造的事实提起民事诉讼的”，应当认定为“妨害司法秩序或者严重侵害他人合法权益”；第一条第三款（V1）：“向人民法院申请执行基于捏造的事实作出的仲裁裁决、公证债权文书……的，属于刑法第三百零七条之一第一款规定的‘以捏造的事实提起民事诉讼’。”
-- basis: 《中华人民共和国刑法》第三百零七条之一第一款（V1）：“以捏造的事实提起民事诉讼，妨害司法秩序或者严重侵害他人合法权益的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金；情节严重的，处三年以上七年以下有期徒刑，并处罚金。”；《中华人民共和国民事诉讼法》（2023修正）第一百一十五条第二款（V1）：“当事人单方捏造民事案件基本事实，向人民法院提起诉讼，企图侵害国家利益、社会公共利益或者他人合法权益的，适用前款规定。”
-- basis: 依职权监督：《人民检察院民事诉讼监督规则》（高检发释字〔2021〕1号）第三十七条第一款第（三）项（V1）：人民检察院在履行职责中发现民事案件有“当事人存在虚假诉讼等妨害司法秩序行为的”情形，应当依职权启动监督程序。职业放贷人的认定（《全国法院民商事审判工作会议纪要》（法〔2019〕254号）第53条（V2）：“同一出借人在一定期间内多次反复从事有偿民间借贷行为的，一般可以认定为是职业放贷人。”《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020年12月修正）第十三条第（三）项（V1）：“未依法取得放贷资格的出借人，以营利为目的向社会不特定对象提供借款的”，合同无效）不作为本规则的依据，只是审查方向。
-- basis: 阈值（政策默认，法律未量化）：相隔不超过`window_days`日立案的民间借贷执行案件（require_sign = 1 时只计呈虚假诉讼迹象者）不少于`min_cases`件、涉及不少于`min_debtors`名不同被执行人（证件号不同即为不同人；执恢案件与其原案计为一件）。迹象：立案后`quick_days`日内即以撤回申请或和解结案、或达成执行和解（当事人之间无实质争议：《最高人民法院关于防范和制裁虚假诉讼的指导意见》（法发〔2016〕13号）第2条第（4）（5）项（V3）：“当事人双方无实质性民事权益争议”“案件证据不足，但双方仍然主动迅速达成调解协议”），或以仲裁裁决、公证债权文书为执行依据（虚假诉讼解释第一条第三款）。正常执行后终本、执行完毕的案件不计：债务真实、当事人有实质对抗。
-- remedy: 建议调取相关民间借贷案件的审判、执行卷宗，审查借款的真实性（出借能力、资金来源与流向、借据形成、当事人关系）；发现虚假诉讼的依法监督并移送线索，属职业放贷的建议法院依法认定借贷合同效力。
-- needs: case_parties(申请执行人、被执行人)；cases(案由“民间借贷纠纷”)；v_case_state(立案日期、标的、原案号)；v_events(执行依据：文书类型；和解)；v_case_state(结案方式、结案日期)
-- param: window_days = 365 | 统计时间窗（日；政策默认）
-- param: min_cases = 5 | 时间窗内民间借贷执行案件数（政策默认）
-- param: min_debtors = 5 | 时间窗内不同被执行人数（政策默认）
-- param: quick_days = 30 | 立案后多少日内以撤回申请、和解结案或达成执行和解视为快速了结（日；政策默认）
-- param: require_sign = 0 | 1：只计呈虚假诉讼迹象的案件；0：计全部民间借贷案件，迹象逐案列明（默认：职业放贷人的认定以案件数量为准）
-- A lead on every case of a qualifying window (each is a case the
-- prosecutor must pull and check; one lead per applicant left the others
-- unmarked), all sharing the applicant's hit key and evidence. Each case
-- says whether it looks staged: ended quickly by withdrawal or settlement,
-- or executed on an arbitral award or notarised deed. By default every
-- 民间借贷 case counts — courts identify a 职业放贷人 by the number of
-- suits in a year, whatever became of them; require_sign = 1 counts only
-- the staged-looking ones (a lender whose debtors were pursued through a
-- normal execution may be collecting real debts). The
-- windows lie between filing dates, not against today: no wake. Changes to
-- another case of the applicant re-check all of them (019's dirty_lender_*
-- triggers). A lead's sources are its own case and the twenty its evidence
-- lists (v2 named every case of the lender in each lead: n leads of n
-- sources, quadratic in a lender's cases).
WITH me AS MATERIALIZED (
  -- applicants with at least min_cases 民间借贷 cases in all (most have one:
  -- their cases need no window, no sign)
  SELECT aid FROM (
    SELECT DISTINCT a.party_id AS aid
    FROM screen_scope s CROSS JOIN case_parties a ON a.case_id = s.case_id AND a.role = '申请执行人'
    JOIN cases k ON k.id = s.case_id
    WHERE k.cause LIKE '%民间借贷%') m
  WHERE (SELECT count(*) FROM case_parties a JOIN cases k ON k.id = a.case_id
         WHERE a.party_id = m.aid AND a.role = '申请执行人' AND k.cause LIKE '%民间借贷%') >= :min_cases),
lc AS MATERIALIZED (
  -- the applicant's 民间借贷 cases; a 执恢 case counts with the case it resumes
  SELECT * FROM (
  SELECT me.aid, c.case_id, c.case_no, c.filing_date, c.claim_fen, c.src,
         coalesce((SELECT p.case_id FROM v_case_state p WHERE p.case_no = c.prior_case_no), c.case_id) AS root,
         CASE WHEN (c.closing_method LIKE '%撤回%' OR c.closing_method LIKE '%和解%')
                   AND c.closing_date <= legal_add_days(c.filing_date, :quick_days)
              THEN printf('立案后%d日即以“%s”结案', CAST(julianday(c.closing_date) - julianday(c.filing_date) AS INTEGER),
                          c.closing_method)
              WHEN EXISTS (SELECT 1 FROM v_events h WHERE h.case_id = c.case_id AND h.kind = '和解'
                           AND h.event_date <= legal_add_days(c.filing_date, :quick_days))
              THEN '立案后' || :quick_days || '日内即达成执行和解'
              WHEN EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = c.case_id AND e.kind = '执行依据'
                           AND (e.item LIKE '%仲裁%' OR e.item LIKE '%公证%'))
              THEN '以仲裁裁决或公证债权文书为执行依据' END AS sign
  FROM me CROSS JOIN case_parties a ON a.party_id = me.aid AND a.role = '申请执行人'
  JOIN v_case_state c ON c.case_id = a.case_id JOIN cases k ON k.id = a.case_id
  WHERE k.cause LIKE '%民间借贷%' AND c.filing_date IS NOT NULL) WHERE sign IS NOT NULL OR NOT :require_sign),
win AS (
  -- the window ending at each case q
  SELECT q.aid, q.case_id AS qid, q.filing_date AS qdate,
         date(q.filing_date, '-' || :window_days || ' days') AS wfrom,
         (SELECT count(DISTINCT o.root) FROM lc o WHERE o.aid = q.aid
          AND o.filing_date >= date(q.filing_date, '-' || :window_days || ' days') AND o.filing_date <= q.filing_date) AS n,
         (SELECT count(DISTINCT d.party_id) FROM lc o JOIN case_parties d ON d.case_id = o.case_id AND d.role = '被执行人'
          WHERE o.aid = q.aid AND o.filing_date >= date(q.filing_date, '-' || :window_days || ' days')
            AND o.filing_date <= q.filing_date) AS nd
  FROM lc q),
ok AS (SELECT * FROM win WHERE n >= :min_cases AND nd >= :min_debtors),
anchor AS (
  SELECT * FROM (SELECT ok.*, row_number() OVER (PARTITION BY aid ORDER BY qdate, qid) AS k FROM ok) WHERE k = 1),
member AS MATERIALIZED (
  SELECT DISTINCT o.aid, o.case_id, o.case_no, o.filing_date, o.claim_fen, o.src, o.sign
  FROM ok JOIN lc o ON o.aid = ok.aid AND o.filing_date >= ok.wfrom AND o.filing_date <= ok.qdate),
-- what every lead of one applicant says, worked out once
story AS MATERIALIZED (
  SELECT x.aid, x.n, x.nd, a.name, a.id_no,
         min(m.filing_date) AS first_on, max(m.filing_date) AS last_on, count(*) AS cnt,
         sum(m.sign IS NOT NULL) AS signed, sum(m.claim_fen) AS total,
         sum(EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = m.case_id AND e.kind = '执行依据'
                     AND (e.item LIKE '%调解%' OR e.item LIKE '%仲裁%' OR e.item LIKE '%公证%'))) AS docs,
         (SELECT group_concat(t, '；') FROM (
            SELECT printf('%s（%s立案，被执行人%s，标的%s，%s）', k.case_no, k.filing_date,
                          (SELECT group_concat(p.name, '、') FROM case_parties d JOIN parties p ON p.id = d.party_id
                           WHERE d.case_id = k.case_id AND d.role = '被执行人'),
                          coalesce(yuan(k.claim_fen), '不详'), coalesce(k.sign, '未见快速了结')) AS t
            FROM member k WHERE k.aid = x.aid ORDER BY k.filing_date, k.case_id LIMIT 20)) AS list,
         (SELECT group_concat(src, ' ') FROM (SELECT k.src FROM member k WHERE k.aid = x.aid
                                             ORDER BY k.filing_date, k.case_id LIMIT 20)) AS srcs
  FROM anchor x JOIN member m ON m.aid = x.aid JOIN parties a ON a.id = x.aid
  GROUP BY x.aid)
SELECT y.case_id, 'applicant:' || st.aid AS hit_key,
       printf('%s：申请执行人%s%s自%s至%s共有%d件民间借贷纠纷执行案件%s（最早一组%d日内即达%d件、被执行人%d人），合计标的%s，其中以调解书、仲裁裁决或公证债权文书为执行依据%d件；本案%s：%s。',
              cs.court_name, st.name, coalesce('（证件号' || st.id_no || '）', '（无证件号，按姓名归并）'),
              st.first_on, st.last_on, st.cnt,
              iif(:require_sign, '呈虚假诉讼迹象（快速撤回、和解，或以仲裁裁决、公证债权文书为执行依据）',
                  printf('，其中%d件呈虚假诉讼迹象（快速撤回、和解，或以仲裁裁决、公证债权文书为执行依据）', st.signed)),
              :window_days, st.n, st.nd, yuan(st.total), st.docs, coalesce(y.sign, '未见快速了结'), st.list) AS evidence,
       iif(' ' || st.srcs || ' ' LIKE '% ' || y.src || ' %', st.srcs, y.src || ' ' || st.srcs) AS sources,
       '已核：同名不同证件号的申请执行人分别计算；执恢案件与原案计为一件；仅计案由为民间借贷纠纷的案件' || iif(:require_sign, '，且呈虚假诉讼迹象', '；快速了结等迹象逐案列明') AS checked
FROM story st
JOIN member y ON y.aid = st.aid
JOIN screen_scope s ON s.case_id = y.case_id
JOIN v_case_state cs ON cs.case_id = y.case_id
