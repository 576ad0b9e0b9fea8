-- no 限制消费 event; a scanned 限制消费令 only proposed by the extractor (confidence 0.6), not confirmed
DELETE FROM events WHERE case_id=1 AND kind='限制消费';
INSERT INTO documents(id, sha256, path, case_id, kind, pages, imported_by) VALUES(901, 'c1-xx', 'xx.png', 1, '限制消费令', 1, 'tester');
INSERT INTO pages(id, doc_id, page_no, text) VALUES(901, 901, 1, '限制消费令');
INSERT INTO facts(id, case_id, doc_id, page_id, line, field, role, value, raw, confidence, created_by) VALUES
 (901, 1, 901, 901, 1, 'kind', '', '限制消费令', '限制消费令', 0.6, 'tester'),
 (902, 1, 901, 901, 9, 'date', '落款', '2024-01-25', '二〇二四年一月二十五日', 0.6, 'tester');
