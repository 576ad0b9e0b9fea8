-- code: SERIAL-DEBTOR
-- title: 同一被执行人多案终本（串案审查）
-- stage: 串并
-- severity: 中
-- version: 1
-- verification: V1
-- basis: 《中华人民共和国民事诉讼法》第二百四十六条（V1）：“人民检察院有权对民事执行活动实行法律监督。”
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（三）项（V2）：“已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置”——同一被执行人在多案中均以无财产终本，应审查各案财产调查是否一致、分配是否公平。
-- remedy: 建议对同一被执行人的终本案件并案审查：核对各案财产调查结论、查控措施和案款分配是否一致，发现财产的一并恢复执行。
-- needs: case_parties(被执行人，按证件号归并)；cases(结案方式)
-- param: min_cases = 3 | 同一被执行人终本案件数达到此数即提示
-- From the debtors of the screened cases to all their 终本 cases (CROSS JOIN
-- fixes that order: one index probe per debtor, not per case).
WITH dp AS (SELECT DISTINCT cp3.party_id FROM screen_scope s3
            CROSS JOIN case_parties cp3 ON cp3.case_id = s3.case_id AND cp3.role = '被执行人'),
t AS (SELECT dp.party_id, count(*) AS n,
             group_concat(c2.case_no || '（' || c2.closing_date || '）', '、') AS list
      FROM dp CROSS JOIN case_parties cp2 ON cp2.party_id = dp.party_id AND cp2.role = '被执行人'
      CROSS JOIN cases c2 ON c2.id = cp2.case_id
      WHERE c2.closing_method = '终结本次执行程序'
      GROUP BY dp.party_id HAVING count(*) >= :min_cases)
SELECT c.id AS case_id, 'party:' || cp.party_id AS hit_key,
       printf('被执行人%s（%s）共有%d件案件以终结本次执行程序结案：%s。', p.name, coalesce(p.id_no, '无证件号'),
              t.n, t.list) AS evidence
FROM t
CROSS JOIN parties p ON p.id = t.party_id AND p.id_no IS NOT NULL
CROSS JOIN case_parties cp ON cp.party_id = t.party_id AND cp.role = '被执行人'
CROSS JOIN cases c ON c.id = cp.case_id
JOIN screen_scope s ON s.case_id = c.id
WHERE c.closing_method = '终结本次执行程序'
