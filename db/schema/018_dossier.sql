-- 018_dossier: a document may be part of a file (a 卷宗 PDF holding many
-- documents) or span several files (a folder of single-page scans), so
-- every page records the file it was read from and its page there. A file
-- counts as stored once all its pages are; the pages of a file that failed
-- are stored too, with their error, so the dossier names them.
ALTER TABLE pages ADD COLUMN src_path TEXT;       -- the scanned file
ALTER TABLE pages ADD COLUMN src_sha256 TEXT;     -- its SHA-256
ALTER TABLE pages ADD COLUMN src_page INTEGER;    -- the page in that file (1-based)
CREATE INDEX pages_src ON pages(src_sha256, src_page);

-- Pages stored before: one document was one file, page for page.
UPDATE pages SET src_path = (SELECT d.path FROM documents d WHERE d.id = pages.doc_id),
	src_sha256 = (SELECT d.sha256 FROM documents d WHERE d.id = pages.doc_id),
	src_page = page_no
WHERE src_path IS NULL;
