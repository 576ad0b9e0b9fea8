-- code: CX-REPORT-ORDER
-- title: 报告财产令缺失或未与执行通知同时发出
-- stage: 财产查询
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》第三条（V1）：“人民法院依申请执行人的申请或依职权责令被执行人报告财产情况的，应当向其发出报告财产令。金钱债权执行中，报告财产令应当与执行通知同时发出。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十二条（V1）：“被执行人未按执行通知履行法律文书确定的义务，应当报告当前以及收到执行通知之日前一年的财产情况。……”
-- remedy: 建议法院在金钱债权执行中将报告财产令与执行通知同时发出。
-- needs: events(执行通知、报告财产令)；cases.claim_fen（金钱债权）
SELECT id AS case_id, '' AS hit_key,
       iif(report IS NULL, printf('执行通知%s已发出，未见报告财产令。', notice),
           printf('执行通知%s发出，报告财产令%s才发出，未同时发出。', notice, report)) AS evidence
FROM (SELECT c.id,
             (SELECT min(e.event_date) FROM events e WHERE e.case_id = c.id AND e.kind = '执行通知') AS notice,
             (SELECT min(e.event_date) FROM events e WHERE e.case_id = c.id AND e.kind = '报告财产令') AS report
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      WHERE c.claim_fen > 0)
WHERE notice IS NOT NULL AND (report IS NULL OR report <> notice)
