/* demo_docs.c — a few enforcement documents for demo cases, stored as if
 * scanned (text known, no OCR at demo time), so the demo shows documents,
 * pages, full-text search and extracted facts. */
#include "util/sha256.h"
#include "demo/demo.h"
#include "store/db.h"
#include "ocr/documents.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define T(s, i) (sqlite3_column_text(s, i) ? (const char *)sqlite3_column_text(s, i) : "")

int demo_add_documents(struct demo_ctx *c, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(c->db, "SELECT c.case_no, coalesce(ct.name, ''), c.filing_date, c.closing_date, c.cause,"
		       " c.claim_fen, c.judge,"
		       " (SELECT p.name FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
		       "  WHERE cp.case_id = c.id AND cp.role = '申请执行人' LIMIT 1),"
		       " (SELECT p.name || '，证件号码' || coalesce(p.id_no, '不详') FROM case_parties cp"
		       "  JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = c.id AND cp.role = '被执行人' LIMIT 1)"
		       " FROM leads l JOIN cases c ON c.id = l.case_id LEFT JOIN courts ct ON ct.id = c.court_id"
		       " WHERE l.rule_code IN ('ZB-3MONTH', 'ZB-PROPERTY', 'ZB-HEARING') AND c.closing_date IS NOT NULL"
		       " GROUP BY c.id ORDER BY c.id LIMIT 6", &s, e))
		return -1;
	int rc = 0, k = 0;
	while (rc == 0 && sqlite3_step(s) == SQLITE_ROW) {
		char text[4096];
		snprintf(text, sizeof text,
			 "%s\n执行裁定书\n%s\n申请执行人：%s。\n被执行人：%s。\n"
			 "申请执行人%s与被执行人%s一案，本院于%s立案执行，申请执行标的%.2f元。\n"
			 "经网络执行查控系统查询，未发现被执行人有可供执行的财产。本院已对被执行人采取限制消费措施。\n"
			 "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条规定，裁定如下：\n"
			 "终结本次执行程序。\n审判员　%s\n%s\n",
			 T(s, 1), T(s, 0), T(s, 7), T(s, 8), T(s, 7), T(s, 4), T(s, 2),
			 sqlite3_column_int64(s, 5) / 100.0, T(s, 6), T(s, 3));
		struct ocr_page page = { 1, text, 96.0, NULL };
		struct ocr_doc d = { &page, 1 };
		struct sha256 h;
		char sha[65];
		sha256_init(&h);
		sha256_add(&h, text, strlen(text));
		sha256_hex(&h, sha);
		char path[64];
		snprintf(path, sizeof path, "demo:终本裁定书-%d.txt", ++k);
		long long id;
		int nf;
		rc = documents_store(c->db, path, sha, T(s, 0), &d, &id, &nf, e);
	}
	sqlite3_finalize(s);
	return rc;
}
