-- 019_rules_c2: what the 信用惩戒 and 刑事线索 rules (XY-, JZ-, XS-) share,
-- and the change tracking their cross-case reading needs.
--
--   v_measure_target  whom a 限制消费 / 失信 / 罚款 / 拘留 (and their lifting)
--                     is about: a party of the case, found by ID, else by
--                     name, else the case's only debtor
--   v_restricted      the persons a 限制消费令 binds: a natural-person
--                     debtor, or a company debtor's 法定代表人
--                     (限消规定 第三条第二款)
--   v_trip            出行 registry rows with the clause of 限消规定 第三条
--                     the trip falls under (NULL: not forbidden or unknown)
--
-- Identity: a counterparty ID that differs from a debtor's ID is another
-- person, never the debtor by name (same name, different ID: different
-- people).

-- Whom a measure names. The event's 证件号 decides when given (any party
-- with that ID, debtor or not; none: unknown, never a same-name debtor);
-- else a debtor whose name is the event's 标的物 or 相对人 (only when one
-- debtor has it); else, when the event names no debtor at all, the case's
-- only debtor (a company's 限消令 may name its 法定代表人). party_id NULL:
-- the measure's person could not be told.
CREATE VIEW v_measure_target AS
SELECT e.id, e.case_id, e.kind, e.event_date, e.end_date, e.item, e.counterparty, e.counterparty_id,
	e.amount_fen, e.result, e.note, e.src,
	CASE WHEN nullif(trim(coalesce(e.counterparty_id, '')), '') IS NOT NULL THEN
		(SELECT p.id FROM parties p WHERE p.id_no = upper(replace(trim(e.counterparty_id), ' ', '')))
	ELSE coalesce(
		(SELECT CASE WHEN count(*) = 1 THEN min(d.party_id) END FROM v_debtor d
		 WHERE d.case_id = e.case_id AND (d.name = e.item OR d.name = e.counterparty)),
		(SELECT CASE WHEN count(*) = 1 THEN min(d.party_id) END FROM v_debtor d
		 WHERE d.case_id = e.case_id
		 AND NOT EXISTS (SELECT 1 FROM v_debtor o WHERE o.case_id = e.case_id
				 AND (o.name = e.item OR o.name = e.counterparty))))
	END AS party_id
FROM v_events e
WHERE e.kind IN ('限制消费', '解除限制消费', '失信', '删除失信', '罚款', '拘留', '拘传');

-- The persons a 限制消费令 binds, from the day it was issued: the person it
-- names when that is a natural-person debtor or a person who is not a
-- debtor; for a company debtor, each of its 法定代表人 (party_links from
-- 企业登记; tenure is checked by the rule against the registry row).
CREATE VIEW v_restricted AS
SELECT t.case_id, t.event_date AS xx_date, t.src AS xx_src, t.party_id AS target_id, t.party_id AS person_id,
	CASE WHEN EXISTS (SELECT 1 FROM v_debtor d WHERE d.case_id = t.case_id AND d.party_id = t.party_id)
	     THEN '被执行人' ELSE '限制消费令所列人员' END AS via
FROM v_measure_target t JOIN parties p ON p.id = t.party_id
WHERE t.kind = '限制消费' AND p.kind <> 'org'
UNION ALL
SELECT t.case_id, t.event_date, t.src, t.party_id, l.a, '被执行人的法定代表人'
FROM v_measure_target t JOIN parties p ON p.id = t.party_id AND p.kind = 'org'
JOIN party_links l ON l.b = t.party_id AND l.kind = '法定代表人'
WHERE t.kind = '限制消费';

-- 出行 rows and the clause of 限消规定（2015）第三条第一款 each falls under:
-- 飞机 (any cabin) and 列车软卧 (第（一）项), 轮船二等以上舱位 (第（一）项),
-- G字头动车组 any seat and other 动车组 (D, C) 一等以上座位 (第（九）项).
-- A D/C train in 二等座, a 普速 train below 软卧, and a trip whose class the
-- row does not give are not forbidden (clause NULL). Mode and seat come from
-- their columns, else from an older row's detail JSON.
CREATE VIEW v_trip AS
WITH r AS (
	SELECT r.id, r.party_id, r.match, r.holder_name, r.holder_id, r.start_date, r.item, r.from_place, r.dest_place,
		coalesce(nullif(r.mode, ''), CASE WHEN json_valid(r.detail) THEN json_extract(r.detail, '$.mode') END, '') AS md,
		coalesce(nullif(r.seat, ''), CASE WHEN json_valid(r.detail) THEN json_extract(r.detail, '$.seat') END, '') AS st,
		upper(coalesce(r.item, '')) AS it
	FROM registry_records r WHERE r.kind = '出行'),
c AS (
	SELECT r.*,
		CASE WHEN md LIKE '%航%' OR md LIKE '%飞%'
			OR (md = '' AND (it LIKE '%航班%' OR st LIKE '%舱%') AND NOT (st LIKE '%座%' OR st LIKE '%卧%')) THEN '航空'
		     WHEN md LIKE '%船%' OR md LIKE '%轮%' OR md LIKE '%水%' THEN '水路'
		     WHEN md LIKE '%铁%' OR md LIKE '%火车%' OR md LIKE '%列车%' OR md LIKE '%高铁%' OR md LIKE '%动车%'
			OR (md = '' AND (st LIKE '%座%' OR st LIKE '%卧%' OR it LIKE '%车次%')) THEN '铁路'
		     ELSE '' END AS mode_class,
		CASE WHEN it GLOB 'G[0-9]*' OR it GLOB '*[^A-Z]G[0-9]*' THEN 'G'
		     WHEN it GLOB 'D[0-9]*' OR it GLOB '*[^A-Z]D[0-9]*' THEN 'D'
		     WHEN it GLOB 'C[0-9]*' OR it GLOB '*[^A-Z]C[0-9]*' THEN 'C'
		     ELSE '' END AS train
	FROM r)
SELECT id, party_id, match, holder_name, holder_id, start_date, item, from_place, dest_place,
	mode_class AS mode, st AS seat, train,
	CASE WHEN mode_class = '航空' THEN '乘坐飞机（第三条第一款第（一）项）'
	     WHEN mode_class = '铁路' AND (st LIKE '%软卧%' OR st LIKE '%一等卧%') THEN '选择列车软卧（第三条第一款第（一）项）'
	     WHEN mode_class = '铁路' AND train = 'G' THEN '乘坐G字头动车组列车（第三条第一款第（九）项：全部座位）'
	     WHEN mode_class = '铁路' AND train IN ('D', 'C')
		AND (st LIKE '%一等%' OR st LIKE '%商务%' OR st LIKE '%特等%' OR st LIKE '%头等%')
		THEN '乘坐' || train || '字头动车组列车' || st || '（第三条第一款第（九）项：其他动车组列车一等以上座位）'
	     WHEN mode_class = '水路' AND (st LIKE '%一等%' OR st LIKE '%二等%' OR st LIKE '%特等%' OR st LIKE '%头等%')
		THEN '选择轮船' || st || '（第三条第一款第（一）项：二等以上舱位）'
	END AS clause
FROM c;

-- ---- change tracking (named dirty_*: a bulk import drops and restores them) ----

-- XS-SERIAL-LENDER compares the 民间借贷 cases of one applicant: a party
-- joining or leaving such a case, its 执行依据, or a change of its cause,
-- filing date, claim or 原案号 re-checks all the 民间借贷 cases of the
-- case's applicants.
CREATE TRIGGER dirty_lender_party_ins AFTER INSERT ON case_parties
WHEN EXISTS (SELECT 1 FROM cases n WHERE n.id = NEW.case_id AND n.cause LIKE '%民间借贷%')
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_parties a
	JOIN case_parties o ON o.party_id = a.party_id AND o.role = '申请执行人'
	JOIN cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%'
	WHERE a.case_id = NEW.case_id AND a.role = '申请执行人';
END;
CREATE TRIGGER dirty_lender_party_del AFTER DELETE ON case_parties
WHEN OLD.role = '申请执行人'
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_parties o
	JOIN cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%'
	WHERE o.party_id = OLD.party_id AND o.role = '申请执行人';
END;
CREATE TRIGGER dirty_lender_case AFTER UPDATE OF cause, filing_date, claim_fen, prior_case_no, case_no ON cases
WHEN coalesce(NEW.cause, '') LIKE '%民间借贷%' OR coalesce(OLD.cause, '') LIKE '%民间借贷%'
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_parties a
	JOIN case_parties o ON o.party_id = a.party_id AND o.role = '申请执行人'
	WHERE a.case_id = NEW.id AND a.role = '申请执行人';
END;
CREATE TRIGGER dirty_lender_basis AFTER INSERT ON events
WHEN NEW.kind = '执行依据'
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_parties a
	JOIN case_parties o ON o.party_id = a.party_id AND o.role = '申请执行人'
	JOIN cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%'
	WHERE a.case_id = NEW.case_id AND a.role = '申请执行人';
END;
CREATE TRIGGER dirty_lender_basis_chg AFTER UPDATE ON events
WHEN NEW.kind = '执行依据' OR OLD.kind = '执行依据'
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_parties a
	JOIN case_parties o ON o.party_id = a.party_id AND o.role = '申请执行人'
	JOIN cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%'
	WHERE a.case_id = OLD.case_id AND a.role = '申请执行人';
END;
CREATE TRIGGER dirty_lender_basis_del AFTER DELETE ON events
WHEN OLD.kind = '执行依据'
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_parties a
	JOIN case_parties o ON o.party_id = a.party_id AND o.role = '申请执行人'
	JOIN cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%'
	WHERE a.case_id = OLD.case_id AND a.role = '申请执行人';
END;

-- A company's 法定代表人 travels or changes office: the company's cases
-- (JZ-TRAVEL, JZ-AFTER-SANCTION) are re-checked, not only the person's.
CREATE TRIGGER dirty_rep_registry_ins AFTER INSERT ON registry_records
WHEN NEW.party_id IS NOT NULL AND NEW.kind IN ('出行', '企业登记')
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT cp.case_id FROM party_links l
	JOIN case_parties cp ON cp.party_id = l.b AND cp.role = '被执行人'
	WHERE l.a = NEW.party_id AND l.kind = '法定代表人';
END;
CREATE TRIGGER dirty_rep_registry_upd AFTER UPDATE ON registry_records
WHEN NEW.kind IN ('出行', '企业登记') OR OLD.kind IN ('出行', '企业登记')
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT cp.case_id FROM party_links l
	JOIN case_parties cp ON cp.party_id = l.b AND cp.role = '被执行人'
	WHERE l.kind = '法定代表人' AND (l.a = NEW.party_id OR l.a = OLD.party_id);
END;
