-- property found after 终本 is a matter of resuming execution (ZH-RESUME), not of this rule
UPDATE events SET result='发现：银行存款30,000元' WHERE case_id=1 AND kind='终本后查询' AND event_date='2026-10-10';
INSERT INTO events(case_id, kind, event_date, item, result) VALUES(1, '网络查控', '2026-10-10', '总对总网络查控', '发现：银行存款30,000元');
