-- 032_noted_events: an event recorded in the remark (备注) of another row.
--
-- 031 taught ZB-HEARING to read the approval of a 终本 from the remark of
-- the 告知 or 终本 row. The same holds elsewhere: courts serve the 报告财产令
-- with the 执行通知书 (财产调查规定 第三条; "执行通知书、报告财产令一并送达")
-- and often record both in one row, the order only in its remark. A
-- second planted-violation set, written without the rules (eval/rules_b),
-- showed CX-REPORT-ORDER flagging such lawful cases. So the table of 031
-- becomes general: event_notes says which event a row of which kind may
-- record in its remark, by which phrase ('' for the row's own kind), and
-- v_noted_events lists every event so recorded. A remark counts when no
-- word of note_denials (未, 没有, 无, 拒, 不同意, 不予) stands before the
-- phrase in the same clause (clauses end at ，；。,;), as in 031.

CREATE TABLE event_notes (
	kind   TEXT NOT NULL,         -- the event recorded
	host   TEXT NOT NULL,         -- the kind of the row that records it
	phrase TEXT NOT NULL,         -- '' : the row itself; else a phrase of its remark
	PRIMARY KEY (kind, host, phrase)
) WITHOUT ROWID;
INSERT INTO event_notes
SELECT CASE step WHEN 'told' THEN '终本前告知申请人' WHEN 'signed' THEN '申请执行人确认终本'
		 WHEN 'panel' THEN '合议庭评议' ELSE '院长批准' END, kind, phrase
FROM zb_step_phrases;
INSERT INTO event_notes VALUES
	('报告财产令', '报告财产令', ''), ('报告财产令', '执行通知', '报告财产令'), ('报告财产令', '执行通知', '财产报告令');

CREATE TABLE note_denials (word TEXT PRIMARY KEY CHECK (word <> '')) WITHOUT ROWID;
INSERT INTO note_denials SELECT word FROM zb_step_denials;

DROP VIEW v_zb_steps;
DROP TABLE zb_step_phrases;
DROP TABLE zb_step_denials;

-- One SELECT (no UNION): a rule's "WHERE case_id = ? AND kind = ?" reaches
-- events through events_case for each host kind. The clause in front of a
-- phrase: the text before its first occurrence with the clause marks made
-- char(1), then what follows the last char(1) (rtrim, with every other
-- character of the text as its set, strips back to it).
CREATE VIEW v_noted_events AS
SELECT e.id, e.case_id, e.event_date, e.src, p.kind, e.kind AS host
FROM event_notes p JOIN v_events e ON e.kind = p.host
WHERE p.phrase = ''
   OR (instr(e.note, p.phrase) > 0
       AND NOT EXISTS (SELECT 1
		       FROM (SELECT replace(replace(replace(replace(replace(substr(e.note, 1, instr(e.note, p.phrase) - 1),
				'，', char(1)), '；', char(1)), '。', char(1)), ',', char(1)), ';', char(1)) AS c) AS b
		       JOIN note_denials d
		       WHERE instr(substr(b.c, length(rtrim(b.c, replace(b.c, char(1), ''))) + 1), d.word) > 0));
