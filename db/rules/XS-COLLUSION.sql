-- code: XS-COLLUSION
-- title: 同一被执行人短期内多起民间借贷快速调解（虚假诉讼线索）
-- stage: 刑事线索
-- severity: 高
-- version: 1
-- verification: V1
-- basis: 《中华人民共和国刑法》第三百零七条之一第一款（V1）：“以捏造的事实提起民事诉讼，妨害司法秩序或者严重侵害他人合法权益的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金；情节严重的，处三年以上七年以下有期徒刑，并处罚金。”
-- basis: 《中华人民共和国民事诉讼法》第一百一十六条（V1）：“被执行人与他人恶意串通，通过诉讼、仲裁、调解等方式逃避履行法律文书确定的义务的，人民法院应当根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。”
-- remedy: 建议审查相关民间借贷诉讼的真实性（资金往来、借款合意、当事人关系）；涉嫌虚假诉讼的，依法监督并移送线索。
-- needs: cases(案由=民间借贷纠纷、立案日期)；events(执行依据：item 含“调解”，event_date 调解日，detail.suit_filed 起诉日)
-- param: window_days = 90 | 多案立案的时间窗（天）
-- param: min_cases = 3 | 时间窗内的民间借贷执行案件数
-- param: quick_days = 30 | 起诉至调解不超过此天数为“快速调解”
WITH dp AS (SELECT DISTINCT cp3.party_id FROM screen_scope s3
            CROSS JOIN case_parties cp3 ON cp3.case_id = s3.case_id AND cp3.role = '被执行人'),
quick AS (
  SELECT c.id, c.filing_date, cp.party_id, c.case_no,
         CAST(julianday(e.event_date) - julianday(json_extract(e.detail, '$.suit_filed')) AS INTEGER) AS days
  FROM dp
  CROSS JOIN case_parties cp ON cp.party_id = dp.party_id AND cp.role = '被执行人'
  CROSS JOIN cases c ON c.id = cp.case_id
  CROSS JOIN events e ON e.case_id = c.id AND e.kind = '执行依据' AND e.item LIKE '%调解%'
  WHERE c.cause = '民间借贷纠纷'
    AND julianday(e.event_date) - julianday(json_extract(e.detail, '$.suit_filed')) <= :quick_days)
SELECT q.id AS case_id, 'party:' || q.party_id AS hit_key,
       printf('被执行人%s在%d天内有%d件民间借贷执行案件，执行依据均为起诉后%d天内达成的调解：%s。', p.name,
              :window_days, count(*) + 1, :quick_days,
              q.case_no || '（调解用时' || q.days || '天）、' || group_concat(o.case_no || '（调解用时' || o.days || '天）', '、')) AS evidence
FROM quick q
JOIN screen_scope s ON s.case_id = q.id
JOIN parties p ON p.id = q.party_id
JOIN quick o ON o.party_id = q.party_id AND o.id <> q.id
 AND abs(julianday(o.filing_date) - julianday(q.filing_date)) <= :window_days
GROUP BY q.id, q.party_id
HAVING count(*) + 1 >= :min_cases
