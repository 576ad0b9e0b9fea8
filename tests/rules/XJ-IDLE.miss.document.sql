-- no imported act since 2026-05-10, but a confirmed scanned 冻结裁定书 dated 2026-09-01
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO documents(id, sha256, path, case_id, kind, pages, imported_by) VALUES(902, 'c1-dj', 'dj.png', 2, '冻结裁定书', 1, 'tester');
INSERT INTO pages(id, doc_id, page_no, text) VALUES(902, 902, 1, '民事裁定书');
INSERT INTO facts(id, case_id, doc_id, page_id, line, field, role, value, raw, status, created_by) VALUES
 (911, 2, 902, 902, 1, 'kind', '', '冻结裁定书', '冻结裁定书', 'confirmed', 'tester'),
 (912, 2, 902, 902, 20, 'date', '落款', '2026-09-01', '二〇二六年九月一日', 'confirmed', 'tester');
