-- 024_family_view: v_family found by walking down from the root.
-- 012 joined two copies of v_family_root on the computed root_id, which no
-- index can serve: every lookup of one case's family computed the root of
-- every case (ZH-RESUME, ZH-6M-QUERY and PRIORITY-GROUP took 20 s each on
-- 10,000 cases and grew with the square). Here the root is found by its
-- 案号 links upwards (v_family_root, at most three steps) and the members
-- by cases_prior downwards, the same depth; the rows are the same. One arm
-- per depth (not a recursive CTE) so that a lookup of one case's family is
-- pushed into every arm: 0.03 ms per case on 100,000 cases.
DROP VIEW v_family;
CREATE VIEW v_family AS
SELECT a.case_id, r.id AS member_id FROM v_family_root a JOIN cases r ON r.id = a.root_id
 WHERE r.id <> a.case_id
UNION ALL
SELECT a.case_id, k1.id FROM v_family_root a JOIN cases r ON r.id = a.root_id
 JOIN cases k1 ON k1.prior_case_no = r.case_no WHERE k1.id <> a.case_id
UNION ALL
SELECT a.case_id, k2.id FROM v_family_root a JOIN cases r ON r.id = a.root_id
 JOIN cases k1 ON k1.prior_case_no = r.case_no JOIN cases k2 ON k2.prior_case_no = k1.case_no WHERE k2.id <> a.case_id
UNION ALL
SELECT a.case_id, k3.id FROM v_family_root a JOIN cases r ON r.id = a.root_id
 JOIN cases k1 ON k1.prior_case_no = r.case_no JOIN cases k2 ON k2.prior_case_no = k1.case_no
 JOIN cases k3 ON k3.prior_case_no = k2.case_no WHERE k3.id <> a.case_id;
