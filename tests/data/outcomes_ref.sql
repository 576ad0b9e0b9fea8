-- The 监督成效 funnel computed the plain way, as db/schema/010 defined it
-- (a GROUP BY over every lead, draft and case): the reference the running
-- totals of 029_outcome_tally are checked against (tests/sort_keys.sh).
-- ref_diff counts the rows where the two disagree, per part.
CREATE TEMP VIEW ref_funnel AS
WITH o AS (SELECT * FROM v_lead_outcome),
g AS (
	SELECT 'rule' AS grp, rule_code AS key, NULL AS court, o.* FROM o
	UNION ALL SELECT 'court', court_code, court_code, o.* FROM o
	UNION ALL SELECT 'judge', judge, court_code, o.* FROM o WHERE judge IS NOT NULL)
SELECT grp, key, court, count(*) AS hits, count(label) AS labelled,
	count(CASE WHEN label = '成案' THEN 1 END) AS confirmed,
	count(CASE WHEN issued_at IS NOT NULL AND draft_kind = '检察建议' THEN 1 END) AS suggestions,
	count(reply_at) AS replied, count(CASE WHEN outcome IN ('采纳', '部分采纳') THEN 1 END) AS adopted,
	count(CASE WHEN resumed = 1 THEN 1 END) AS resumed, coalesce(sum(recovered_fen), 0) AS recovered_fen
FROM g GROUP BY grp, key, court;

CREATE TEMP VIEW ref_month AS
SELECT m AS month, sum(closed) AS closed, sum(zb) AS zb, sum(done) AS done, sum(paid) AS paid_fen,
	sum(hits) AS hits, sum(labelled) AS labelled, sum(confirmed) AS confirmed, sum(suggestions) AS suggestions,
	sum(replied) AS replied, sum(adopted) AS adopted, sum(resumed) AS resumed, sum(recovered) AS recovered_fen
FROM (SELECT substr(closing_date, 1, 7) AS m, count(*) AS closed,
		count(CASE WHEN closing_method = '终结本次执行程序' THEN 1 END) AS zb,
		count(CASE WHEN closing_method = '执行完毕' THEN 1 END) AS done,
		sum(coalesce(paid_fen, 0)) AS paid, 0 AS hits, 0 AS labelled, 0 AS confirmed,
		0 AS suggestions, 0 AS replied, 0 AS adopted, 0 AS resumed, 0 AS recovered
	FROM cases WHERE closing_date IS NOT NULL GROUP BY 1
	UNION ALL SELECT substr(first_seen, 1, 7), 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0, 0 FROM leads GROUP BY 1
	UNION ALL SELECT substr(labelled_at, 1, 7), 0, 0, 0, 0, 0, count(*), count(CASE WHEN label = '成案' THEN 1 END),
		0, 0, 0, 0, 0 FROM leads WHERE label IS NOT NULL GROUP BY 1
	UNION ALL SELECT substr(issued_at, 1, 7), 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0, 0, 0
	FROM v_lead_outcome WHERE issued_at IS NOT NULL AND draft_kind = '检察建议' GROUP BY 1
	UNION ALL SELECT substr(reply_at, 1, 7), 0, 0, 0, 0, 0, 0, 0, 0, count(*),
		count(CASE WHEN outcome IN ('采纳', '部分采纳') THEN 1 END), count(CASE WHEN resumed = 1 THEN 1 END),
		coalesce(sum(recovered_fen), 0) FROM v_lead_outcome WHERE reply_at IS NOT NULL GROUP BY 1)
WHERE m IS NOT NULL GROUP BY m;

-- What the views built on the totals say, in the reference's shape.
CREATE TEMP VIEW kept_funnel AS
SELECT 'rule', rule, NULL, hits, labelled, confirmed, suggestions, replied, adopted, resumed, recovered_fen
FROM v_rule_outcomes WHERE hits > 0
UNION ALL SELECT 'court', court_code, court_code, hits, labelled, confirmed, suggestions, replied, adopted, resumed,
	recovered_fen FROM v_court_outcomes
UNION ALL SELECT 'judge', judge, court_code, hits, labelled, confirmed, suggestions, replied, adopted, resumed,
	recovered_fen FROM v_judge_outcomes;
CREATE TEMP VIEW kept_month AS
SELECT month, closed, zb, done, paid_fen, hits, labelled, confirmed, suggestions, replied, adopted, resumed,
	recovered_fen FROM v_month_outcomes;
CREATE TEMP VIEW kept_cases AS
SELECT 'court', court_code, cases FROM v_court_outcomes UNION ALL SELECT 'judge', judge || '@' || court_code, cases
FROM v_judge_outcomes;
CREATE TEMP VIEW ref_cases AS
SELECT 'court', court_code, (SELECT count(*) FROM cases x WHERE x.court_code = o.court_code) FROM v_court_outcomes o
UNION ALL SELECT 'judge', judge || '@' || court_code,
	(SELECT count(*) FROM cases x WHERE x.judge = o.judge AND x.court_code IS o.court_code) FROM v_judge_outcomes o;

CREATE TEMP VIEW ref_diff AS
SELECT 'funnel missing' AS what, count(*) AS n FROM (SELECT * FROM ref_funnel WHERE grp <> 'rule' OR hits > 0
	EXCEPT SELECT * FROM kept_funnel)
UNION ALL SELECT 'funnel extra', count(*) FROM (SELECT * FROM kept_funnel EXCEPT SELECT * FROM ref_funnel)
UNION ALL SELECT 'month missing', count(*) FROM (SELECT * FROM ref_month EXCEPT SELECT * FROM kept_month)
UNION ALL SELECT 'month extra', count(*) FROM (SELECT * FROM kept_month EXCEPT SELECT * FROM ref_month)
UNION ALL SELECT 'cases', count(*) FROM (SELECT * FROM kept_cases EXCEPT SELECT * FROM ref_cases);
