-- code: FP-PAYOUT-30D
-- title: 执行款到账后三十日内未发放
-- stage: 财产分配
-- severity: 中
-- version: 1
-- verification: V3
-- basis: 《最高人民法院关于执行款物管理工作的规定》（法发〔2017〕6号）（条文序号待核，内容V3，经法院实施细则转引）：“执行人员应当在收到财务部门执行款到账通知之日起三十日内，完成执行款的核算、执行费用的结算、通知申请执行人领取和执行款发放等工作。”
-- remedy: 建议法院及时发放执行款；确有延缓发放事由的，依法审批并记录入卷。
-- needs: events(案款到账、案款发放)
-- param: days = 30 | 执行款到账后应发放的期限（天）
SELECT id AS case_id, rec AS hit_key,
       printf('%s执行款%.2f元到账，%s。', rec, coalesce(amount, 0) / 100.0,
              iif(paid IS NULL, printf('至%s已%d天未发放', :today, CAST(julianday(:today) - julianday(rec) AS INTEGER)),
                  printf('%s才发放，间隔%d天', paid, CAST(julianday(paid) - julianday(rec) AS INTEGER)))) AS evidence
FROM (SELECT c.id, e.event_date AS rec, e.amount_fen AS amount,
             (SELECT min(x.event_date) FROM events x WHERE x.case_id = c.id AND x.kind = '案款发放'
              AND x.event_date >= e.event_date) AS paid
      FROM screen_scope s
      CROSS JOIN cases c ON c.id = s.case_id
      JOIN events e ON e.case_id = c.id AND e.kind = '案款到账'
      WHERE NOT EXISTS (SELECT 1 FROM events d WHERE d.case_id = c.id AND d.kind = '延缓发放批准'
                        AND d.event_date >= e.event_date)
      GROUP BY c.id, e.event_date)
WHERE coalesce(paid, :today) > date(rec, '+' || :days || ' days')
