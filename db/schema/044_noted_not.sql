-- 044_noted_not: 「不同意终本」 is no consent.
--
-- 032 reads an event from a remark unless a word of note_denials stands
-- before its phrase in the same clause; the phrase 同意终本 swallows the
-- 同意 of 不同意, so 「申请执行人不同意终本，未签字」 was read as the applicant's
-- consent and ZB-HEARING took a 终本 with no consent and no 院长批准 as
-- approved (two planted-violation sets written without the rules, B and
-- E, both showed it). A phrase right after 不 is now denied too.
DROP VIEW v_noted_events;
CREATE VIEW v_noted_events AS
SELECT e.id, e.case_id, e.event_date, e.src, p.kind, e.kind AS host
FROM event_notes p JOIN v_events e ON e.kind = p.host
WHERE p.phrase = ''
   OR (instr(e.note, p.phrase) > 0
       AND substr(e.note, instr(e.note, p.phrase) - 1, 1) <> '不'
       AND NOT EXISTS (SELECT 1
		       FROM (SELECT replace(replace(replace(replace(replace(substr(e.note, 1, instr(e.note, p.phrase) - 1),
				'，', char(1)), '；', char(1)), '。', char(1)), ',', char(1)), ';', char(1)) AS c) AS b
		       JOIN note_denials d
		       WHERE instr(substr(b.c, length(rtrim(b.c, replace(b.c, char(1), ''))) + 1), d.word) > 0));
