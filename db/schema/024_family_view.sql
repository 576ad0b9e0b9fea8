-- 024_family_view: v_family found by walking down from the root.
-- 012 joined two copies of v_family_root on the computed root_id, which no
-- index can serve: every lookup of one case's family computed the root of
-- every case (ZH-RESUME, ZH-6M-QUERY and PRIORITY-GROUP took 20 s each on
-- 10,000 cases and grew with the square). Here the root is found by its
-- 案号 links upwards (v_family_root, at most three steps) and the members
-- by cases_prior downwards, the same depth; the rows are the same.
DROP VIEW v_family;
CREATE VIEW v_family AS
WITH RECURSIVE mem(case_id, member_id, member_no, depth) AS (
	SELECT f.case_id, r.id, r.case_no, 0 FROM v_family_root f JOIN cases r ON r.id = f.root_id
	UNION ALL
	SELECT m.case_id, k.id, k.case_no, m.depth + 1 FROM mem m JOIN cases k ON k.prior_case_no = m.member_no
	WHERE m.depth < 3)
SELECT DISTINCT case_id, member_id FROM mem WHERE member_id <> case_id;
