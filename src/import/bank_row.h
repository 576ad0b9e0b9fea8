/* bank_row.h — one row of a bank statement (交易流水), parsed without a
 * database: the column vocabulary, the account named above the table, and
 * the row itself (date and time, amount and direction, balance,
 * counterparty, summary, channel).
 *
 * Direction: an individual's statement shows money out as 借 / 支出 and
 * money in as 贷 / 收入; a flag column (借贷标志: 借/贷, 收/支, 转入/转出,
 * 收入/支出, +/−, 出/进 …) or separate 借方发生额 / 贷方发生额 columns say
 * which. A --map file line "direction.借 = 收入" flips a word (借 then also
 * flips the 借方 column, and 贷 the other way unless mapped itself); any
 * other flag word can be taught the same way. A signed 交易金额 without a
 * flag is negative for money out.
 *
 * The account (户名, 账号, 证件号码, 开户行) comes from its own columns, or
 * from key:value lines above the header (「户名：张三  账号：6222…」) or
 * between blocks of one file; bank_block holds what those lines said. */
#ifndef JZ_IMPORT_BANK_ROW_H
#define JZ_IMPORT_BANK_ROW_H

#include "import/columns.h"
#include "util/strbuf.h"

enum { BF_HOLDER, BF_HOLDER_ID, BF_ACCOUNT, BF_BANK, BF_DATE, BF_TIME, BF_AMOUNT, BF_DIR, BF_DEBIT, BF_CREDIT,
       BF_BALANCE, BF_CP_NAME, BF_CP_ACCOUNT, BF_CP_BANK, BF_SUMMARY, BF_NOTE, BF_CHANNEL, BF_COUNT };
extern const struct column_spec bank_columns[BF_COUNT];

/* The text fields a parsed row carries: stored one after another in this
 * order, each NUL-terminated, at off[] in the row's buffer. */
enum { BT_ACCOUNT, BT_HOLDER, BT_BANK, BT_CP_NAME, BT_CP_ACCOUNT, BT_CP_BANK, BT_SUMMARY, BT_CHANNEL, BT_COUNT };

/* Flag words and what they mean: 'i' money in, 'o' money out. */
struct bank_dirmap {
	char **word;
	char *dir;
	int n, cap;
};
/* Read "direction.X = 收入|支出" lines of a --map file (NULL: none). 0, or
 * -1 with e naming the line when the target is neither in nor out. */
int bank_dirmap_load(struct bank_dirmap *d, const char *map_file, struct jz_err *e);
void bank_dirmap_free(struct bank_dirmap *d);
/* 'i', 'o', or 0 when the word means neither. */
char bank_direction(const struct bank_dirmap *d, const char *word);

/* The account named by key:value lines. */
struct bank_block {
	char account[64], holder[128], holder_id[32], bank[128];
	int data_seen;                   /* rows of this block were read: the next key line starts a new one */
	int id_warned;                   /* a bad check character in the block's ID was reported */
	int notes;                       /* keys of the statement's heading read (查询日期, 币种 …) */
};
/* Read one row's key:value pairs (「户名：张三  账号：6222…」, 「卡号/账号: …」,
 * key and value in neighbouring cells) into b. Returns 2 when the row
 * named an account, 1 when it named only other details (户名, 开户行 …),
 * 3 when it held only the statement's heading (查询日期, 币种 …: b is left
 * as it was), 0 when it held none of them. A row with account keys after
 * data rows (data_seen) starts a new block. */
int bank_block_read(struct bank_block *b, const struct column_map *m, char **cells, int n);

struct bank_rec {
	char date[11], time[9], holder_id[32];
	char dir;                        /* 'i' / 'o' */
	long long amount, balance;       /* fen; amount > 0 */
	int has_balance;
	struct strbuf text;
	size_t off[BT_COUNT];
};
void bank_rec_init(struct bank_rec *r);
void bank_rec_free(struct bank_rec *r);
const char *bank_rec_text(const struct bank_rec *r, int f);

enum { BANK_ROW_OK = 0, BANK_ROW_BAD = -1, BANK_ROW_SKIP = 1 };
/* Parse one data row. BANK_ROW_OK: r filled; BANK_ROW_BAD: the reason in
 * why; BANK_ROW_SKIP: not a transaction (blank, 合计/小计, a repeated header,
 * or a block's key:value line, which updates blk). A wrong ID check
 * character is a warning in warn. */
int bank_row_parse(struct bank_rec *r, const struct column_map *m, char **cells, int n,
		   const struct bank_dirmap *d, struct bank_block *blk, struct strbuf *why, struct strbuf *warn);

/* Helpers, exposed for tests. "10:20:30", "102030", "10时20分", an Excel
 * day fraction, or a date-time's time part → "HH:MM:SS"; "" for blank.
 * 0 ok, -1 not a time. */
int bank_parse_time(const char *in, char out[9]);
/* Signed money: "-1,234.50", "+80", "−5" → fen with sign. NORM_* codes. */
int bank_parse_signed(const char *in, long long *fen);
/* An account number without spaces, dashes or full-width forms. */
void bank_norm_account(const char *in, char *out, size_t len);

#endif
