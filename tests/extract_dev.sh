#!/bin/sh
# The extractor on the development set of rulings written in the published
# style (tests/data/extract_dev, truth by truth.py), as written and with the
# half-width punctuation of the sites that republish rulings: every fact of each
# ruling is found — parties under two roles (复议申请人（被执行人）), 申诉人,
# 执行监督裁定书, prior 案号 by what they are, amounts still owed, the filing
# date of 于…申请执行，本院于同日立案 — and at most the extra facts noted
# here. The held-out set (eval/docs) is measured apart by bench/extract.sh.
. "$TOP_SRCDIR/tests/lib.sh"
D="$TOP_SRCDIR/tests/data/extract_dev"
"$PYTHON3" -c 'import json' 2>/dev/null || skip_all "python3 not available"
extra_all=0 tp_all=0 truth_all=0 pred_all=0
for f in "$D"/dev_*.txt; do
	n=$(basename "$f" .txt)
	jz extract "$f" --format json > "$T/$n.json" 2> "$T/$n.err"
	is "$?" 0 "$n: extract exits 0"
	out=$("$PYTHON3" "$D/check.py" "$D/$n.json" "$T/$n.json")
	is "$(printf '%s\n' "$out" | grep '^missed:')" "" "$n: every fact of the ruling is found"
	set -- $(printf '%s\n' "$out" | sed -n 's/^tp \([0-9]*\) truth \([0-9]*\) pred \([0-9]*\)$/\1 \2 \3/p')
	tp_all=$((tp_all + $1)) truth_all=$((truth_all + $2)) pred_all=$((pred_all + $3))
	# the same ruling as the sites that republish rulings print it: half-width , : ; ( )
	"$PYTHON3" -c 'import sys; t = open(sys.argv[1], encoding="utf-8").read()
sys.stdout.write(t.translate(str.maketrans("，：；（）", ",:;()")))' "$f" > "$T/$n.half.txt"
	jz extract "$T/$n.half.txt" --format json > "$T/$n.half.json" 2> "$T/$n.err"
	out=$("$PYTHON3" "$D/check.py" "$D/$n.json" "$T/$n.half.json")
	is "$(printf '%s\n' "$out" | grep '^missed:')" "" "$n, half-width punctuation: every fact found"
	set -- $(printf '%s\n' "$out" | sed -n 's/^tp \([0-9]*\) truth \([0-9]*\) pred \([0-9]*\)$/\1 \2 \3/p')
	half_extra=$((${half_extra:-0} + $3 - $1))
done
ok "[ ${half_extra:-0} -le 2 ]" "half-width punctuation: at most 2 extra facts (got ${half_extra:-0})"
# the extra fact known today: a 解除查封 read from the court's reasoning in
# the 执监 ruling
ok "[ $tp_all -eq $truth_all ] && [ $((pred_all - tp_all)) -le 1 ]" \
	"all $truth_all facts found, at most 1 extra (got $((pred_all - tp_all)))"

# The later development sets (tests/data/extract_devN, written by others from the
# law and the published style, after the extractor): what they still miss is
# known and counted, so nothing found today is lost tomorrow.
later() { # DIR FLOOR_FOUND MAX_EXTRA
	tp=0 truth=0 pred=0
	for f in "$TOP_SRCDIR/tests/data/$1"/*.txt; do
		n=$(basename "$f" .txt)
		jz extract "$f" --format json > "$T/$n.json" 2> "$T/$n.err"
		is "$?" 0 "$n: extract exits 0"
		set -- "$@" $("$PYTHON3" "$D/check.py" "${f%.txt}.json" "$T/$n.json" |
			sed -n 's/^tp \([0-9]*\) truth \([0-9]*\) pred \([0-9]*\)$/\1 \2 \3/p')
		tp=$((tp + $4)) truth=$((truth + $5)) pred=$((pred + $6))
		set -- "$1" "$2" "$3"
	done
	ok "[ $tp -ge $2 ] && [ $((pred - tp)) -le $3 ]" \
		"$1: at least $2 facts found (got $tp of $truth), at most $3 extra (got $((pred - tp)))"
}
later extract_dev3 568 8
# sets 4 and 5: a document that only tells of auctions has no round of its own, and a measure it
# says was taken is not also a negated fact where someone says it was not (src/ocr/extract_measure.c:
# three negated measures of theirs go with seventeen wrong ones)
later extract_dev4 674 20
later extract_dev5 998 42
later extract_dev6 134 1
later extract_dev7 153 12
# set 8 marks the rounds a 终本 ruling or a payout notice tells (3 facts); sets 3–5 do not, and
# jianzhi reads them so
later extract_dev8 426 6
later extract_dev9 120 8
later extract_dev10 43 17
later extract_dev11 60 3
# set 12 (one real 行审 ruling, measured blind at 5 of 6, 2 extra): the agency the ruling
# calls 申请人, kept so, where the set says 申请执行人; and its masked 「仪征**护局」 beside
# the full name is a second party
later extract_dev12 5 2
# set 13 (eight real rulings, their beginnings as case-law pages store them; measured blind
# at 96 of 111, 8 extra): the 异议人 a ruling names only by its short name (欣捷公司), a
# 「建筑合同纠纷」 the official list does not have, the 之二 ruling an objection is about as
# 原执行案号, a 解除冻结 asked for as the freeze it is, the day a 通知书 (not 执行通知书) was
# made — and a date of a page cut mid-sentence
later extract_dev13 105 4
# set 14 (seven real rulings, beginnings again; measured blind at 88 of 100, 16 extra): a
# 违约金 read as 利息 where the set says 本金, a 查封 a request asks to lift, the measures a 保全
# ruling quoted lists (查封、扣押、冻结…) and a 资产评估报告 a party offered, a masked 「***成」,
# a 19-character code printed so, the 异议案号/原执行案号 choice
later extract_dev14 93 12
done_testing
