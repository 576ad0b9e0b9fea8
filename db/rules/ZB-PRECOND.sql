-- code: ZB-PRECOND
-- title: 终本前置程序缺失（执行通知、报告财产令、限制消费令、报告违法的处罚与失信、下落不明的查找）
-- stage: 终本
-- severity: 高
-- version: 8
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第一条（V2，laws/ 无全文，依简报）：“人民法院终结本次执行程序，应当同时符合下列条件：（一）已向被执行人发出执行通知、责令被执行人报告财产；（二）已向被执行人发出限制消费令，并将符合条件的被执行人纳入失信被执行人名单；……（五）被执行人下落不明的，已依法予以查找；被执行人或者其他人妨害执行的，已依法采取罚款、拘留等强制措施，构成犯罪的，已依法启动刑事责任追究程序。”
-- basis: 同规定第二条（V2）：“本规定第一条第一项中的‘责令被执行人报告财产’，是指应当完成下列事项：（一）向被执行人发出报告财产令；（二）对被执行人报告的财产情况予以核查；（三）对逾期报告、拒绝报告或者虚假报告的被执行人或者相关人员，依法采取罚款、拘留等强制措施，构成犯罪的，依法启动刑事责任追究程序。……”
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》第十条（V1）：“被执行人拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，人民法院应当依照相关规定将其纳入失信被执行人名单。”
-- remedy: 建议法院撤销终本裁定，补正执行通知、报告财产令、限制消费令，对违反财产报告制度的被执行人依法罚款、拘留并纳入失信名单，依法查找下落不明的被执行人后再依法处理。
-- needs: v_case_state(终本日期 zb_date)；v_events(执行通知、报告财产令、限制消费、财产报告〔结果：逾期/拒绝/虚假；v_reports，含报告财产令一行所记结果〕、罚款、拘留、失信、下落不明、查找下落、终本；含经确认的扫描文书：执行通知书、报告财产令、限制消费令、失信决定书、罚款决定书、拘留决定书)
-- Every step counts only on or before the 终本 date. A scanned document
-- counts through v_events once a person confirmed it (or the extractor was
-- sure): its event is dated by the document's 落款.
-- v8: a 罚款 or 拘留 of the debtor (or its 法定代表人) for an act that is a
-- 失信 ground (失信规定 第一条: 违反限制消费令, 违反财产报告制度, 规避执行,
-- 妨碍、抗拒执行; v_sanctions) makes the debtor 符合条件: no listing by the
-- 终本 is a missing precondition (第一条第（二）项).
SELECT case_id, '' AS hit_key,
       printf('%s：终本日期%s，至终本日卷内未见%s。', court_name, zb_date, substr(
              iif(notice IS NULL, '；执行通知（终本规定第一条第（一）项）', '')
              || iif(report IS NULL, '；报告财产令（终本规定第二条第（一）项）', '')
              || iif(xx IS NULL, '；限制消费令（终本规定第一条第（二）项）', '')
              || iif(bad_report IS NOT NULL AND sanction IS NULL,
                     printf('；对%s%s报告财产的被执行人采取罚款、拘留（终本规定第二条第（三）项）', bad_report, bad_result), '')
              || iif(bad_report IS NOT NULL AND shixin IS NULL,
                     printf('；将%s%s报告财产的被执行人纳入失信被执行人名单（财产调查规定第十条）', bad_report, bad_result), '')
              || iif(grounded IS NOT NULL AND shixin IS NULL AND bad_report IS NULL,
                     printf('；将%s因“%s”被罚款、拘留的被执行人纳入失信被执行人名单（失信规定第一条第（%s）项，终本规定第一条第（二）项）',
                            substr(grounded, 1, 10), substr(grounded, 14), substr('一二三四五六', CAST(substr(grounded, 12, 1) AS INTEGER), 1)), '')
              || iif(missing IS NOT NULL AND searched IS NULL,
                     printf('；对%s记录下落不明的被执行人依法查找（终本规定第一条第（五）项）', missing), ''), 2)) AS evidence,
       src || coalesce(' ' || (SELECT group_concat(e.src, ' ') FROM v_events e WHERE e.case_id = x.case_id
                               AND e.event_date <= x.zb_date
                               AND (e.kind IN ('终本', '下落不明')
                                    OR e.id IN (SELECT r.id FROM v_reports r WHERE r.case_id = x.case_id AND r.breach))), '') AS sources,
       '已核：各项程序均以终本日及以前的记录为准，含经确认的扫描文书（以落款日期计）'
       || iif(bad_report IS NULL, '；无逾期、拒绝或虚假报告财产的记录', '')
       || iif(missing IS NULL, '；无被执行人下落不明的记录', '') || '；本案有执行措施数据（只有台账、没有执行措施数据的案件不据“未见某措施”判断）' AS checked
FROM (SELECT cs.case_id, cs.court_name, cs.zb_date, cs.src,
             (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '执行通知'
              AND e.event_date <= cs.zb_date) AS notice,
             (SELECT min(e.event_date) FROM v_noted_events e WHERE e.case_id = cs.case_id AND e.kind = '报告财产令'
              AND e.event_date <= cs.zb_date) AS report,
             (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '限制消费'
              AND e.event_date <= cs.zb_date) AS xx,
             (SELECT min(e.event_date) FROM v_reports e WHERE e.case_id = cs.case_id
              AND e.event_date <= cs.zb_date AND e.breach) AS bad_report,
             (SELECT e.result FROM v_reports e WHERE e.case_id = cs.case_id
              AND e.event_date <= cs.zb_date AND e.breach
              ORDER BY e.event_date LIMIT 1) AS bad_result,
             (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = cs.case_id AND e.kind IN ('罚款', '拘留')
              AND e.event_date <= cs.zb_date) AS sanction,
             (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '失信'
              AND e.event_date <= cs.zb_date) AS shixin,
             (SELECT g.event_date || '|' || g.ground || '|' || g.why FROM v_sanctions g
              WHERE g.case_id = cs.case_id AND g.event_date <= cs.zb_date AND g.ground BETWEEN 2 AND 5
                AND ((g.party_id IS NULL AND nullif(trim(coalesce(g.counterparty_id, '')), '') IS NULL)
                     OR EXISTS (SELECT 1 FROM v_debtor d WHERE d.case_id = cs.case_id AND d.party_id = g.party_id)
                     OR EXISTS (SELECT 1 FROM v_debtor d JOIN party_links l ON l.b = d.party_id AND l.a = g.party_id
                                AND l.kind = '法定代表人' WHERE d.case_id = cs.case_id))
              ORDER BY g.event_date LIMIT 1) AS grounded,
             (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '下落不明'
              AND e.event_date <= cs.zb_date) AS missing,
             (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '查找下落'
              AND e.event_date <= cs.zb_date) AS searched
      FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id
      WHERE cs.is_zb AND cs.zb_date IS NOT NULL AND cs.has_events) AS x
WHERE notice IS NULL OR report IS NULL OR xx IS NULL
   OR (bad_report IS NOT NULL AND (sanction IS NULL OR shixin IS NULL))
   OR (grounded IS NOT NULL AND shixin IS NULL)
   OR (missing IS NOT NULL AND searched IS NULL)
