-- 028_restricted_flat: v_restricted without UNION ALL, so a rule that joins
-- it to its scope reads only the scope's events. SQLite does not push a
-- join into a compound view: JZ-TRAVEL materialised every 限制消费 of the
-- database for an incremental screen of 1,051 cases (1.6 s of 100,000
-- cases' events). The same rows as 019's: a natural person the order names
-- (debtor or not), or for a company, one row per 法定代表人 link; a
-- company with no such link binds nobody here.
DROP VIEW v_restricted;
CREATE VIEW v_restricted AS
SELECT t.case_id, t.event_date AS xx_date, t.src AS xx_src, t.party_id AS target_id,
	coalesce(l.a, t.party_id) AS person_id,
	CASE WHEN l.a IS NOT NULL THEN '被执行人的法定代表人'
	     WHEN EXISTS (SELECT 1 FROM v_debtor d WHERE d.case_id = t.case_id AND d.party_id = t.party_id)
	     THEN '被执行人' ELSE '限制消费令所列人员' END AS via
FROM v_measure_target t JOIN parties p ON p.id = t.party_id
LEFT JOIN party_links l ON p.kind = 'org' AND l.b = t.party_id AND l.kind = '法定代表人'
WHERE t.kind = '限制消费' AND (p.kind <> 'org' OR l.a IS NOT NULL);
