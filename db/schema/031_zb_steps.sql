-- 031_zb_steps: the steps before a 终本 (终本规定 第五条; 民诉法解释 第五百一十七条)
-- as one list per case, whether an event row of their own records them or
-- the remark of the 告知 or the 终本 row does.
--
-- A court's file often records the approval in the 终本 row's remark
-- ("经合议庭审查、院长批准", as the 终本裁定书 itself recites it) or the
-- applicant's signature in the 告知 row's ("…听取申请执行人意见；申请执行人
-- 签字确认"), with no row for each step. ZB-HEARING read only the rows, and
-- so flagged lawful 终本 cases by the hundred.
--
-- A remark counts when it names the step (zb_step_phrases) and no word of
-- refusal or absence (zb_step_denials: 未, 没有, 无, 拒, 不同意, 不予)
-- stands before the name within the same clause (clauses end at ，；。,;).
-- Both are tables: the wording is data, not code. The test is plain
-- SQL, so that the rule's SQL still runs in the sqlite3 shell
-- (bench/screen.sh), and the view is read per case (a rule asks for one
-- case's steps; nothing here makes SQLite read the whole table first).
--
-- step: told (告知并听取意见), signed (申请执行人签字确认), panel (合议庭审查),
-- president (院长批准); event_date: the date of the row that records it.

-- Where each step is recorded: a row of its own kind (phrase ''), or a
-- remark of the 告知 or the 终本 row naming it.
CREATE TABLE zb_step_phrases (
	step   TEXT NOT NULL CHECK (step = 'told' OR step = 'signed' OR step = 'panel' OR step = 'president'),
	kind   TEXT NOT NULL,
	phrase TEXT NOT NULL,
	PRIMARY KEY (step, kind, phrase)
) WITHOUT ROWID;
INSERT INTO zb_step_phrases VALUES
	('told', '终本前告知申请人', ''), ('signed', '申请执行人确认终本', ''), ('panel', '合议庭评议', ''),
	('president', '院长批准', ''), ('told', '终本', '告知申请执行人');
INSERT INTO zb_step_phrases SELECT s.step, k.kind, s.phrase
FROM (SELECT 'signed' AS step, '签字确认' AS phrase UNION ALL SELECT 'signed', '同意终结本次执行'
      UNION ALL SELECT 'signed', '同意终本' UNION ALL SELECT 'panel', '合议庭'
      UNION ALL SELECT 'president', '院长批准' UNION ALL SELECT 'president', '院长审批') AS s
CROSS JOIN (SELECT '终本前告知申请人' AS kind UNION ALL SELECT '终本') AS k;

CREATE TABLE zb_step_denials (word TEXT PRIMARY KEY CHECK (word <> '')) WITHOUT ROWID;
INSERT INTO zb_step_denials VALUES ('未'), ('没有'), ('无'), ('拒'), ('不同意'), ('不予');

-- One SELECT (no UNION), so that a rule's "WHERE case_id = ? AND step = ?"
-- reaches events through events_case. The clause in front of a phrase: the
-- text before its first occurrence with the clause marks made char(1),
-- then what follows the last char(1) (rtrim, with every other character
-- of the text as its set, strips back to it).
CREATE VIEW v_zb_steps AS
SELECT e.case_id, e.event_date, e.src, p.step
FROM zb_step_phrases p JOIN v_events e ON e.kind = p.kind
WHERE p.phrase = ''
   OR (instr(e.note, p.phrase) > 0
       AND NOT EXISTS (SELECT 1
		       FROM (SELECT replace(replace(replace(replace(replace(substr(e.note, 1, instr(e.note, p.phrase) - 1),
				'，', char(1)), '；', char(1)), '。', char(1)), ',', char(1)), ';', char(1)) AS c) AS b
		       JOIN zb_step_denials d
		       WHERE instr(substr(b.c, length(rtrim(b.c, replace(b.c, char(1), ''))) + 1), d.word) > 0));
