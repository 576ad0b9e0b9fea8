"""Shared helpers for the jianzhi evaluation-document tools (stdlib only)."""
import random, re, datetime

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def make_id(rng, area, birth, male):
    seq = rng.randrange(0, 100)
    sex = rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    f17 = "%s%s%02d%d" % (area, birth.strftime("%Y%m%d"), seq, sex)
    return f17 + id_check(f17)


def valid_id(s):
    s = s.upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and id_check(s[:17]) == s[17]


def org_code(rng):
    base = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    vals = [int(c, 36) for c in base]
    c = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    ch = "X" if c == 10 else ("0" if c == 11 else str(c))
    return base + ch


def uscc_check(first17):
    return USCC[(31 - sum(USCC.index(c) * w for c, w in zip(first17, USCC_W)) % 31) % 31]


def make_uscc(rng, area):
    f17 = "91" + area + org_code(rng)
    return f17 + uscc_check(f17)


def valid_uscc(s):
    return (len(s) == 18 and all(c in USCC for c in s) and uscc_check(s[:17]) == s[17])

# ---------------------------------------------------------------- money
DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n):
    units = ["", "拾", "佰", "仟"]
    s = ""
    zero = False
    for i in range(3, -1, -1):
        d = n // (10 ** i) % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += DIG[d] + units[i]
    return s


def daxie(fen):
    """人民币大写 for an amount in fen."""
    yuan, rest = divmod(fen, 100)
    jiao, fen_ = divmod(rest, 10)
    parts = []
    yi, r = divmod(yuan, 10 ** 8)
    wan, ge = divmod(r, 10 ** 4)
    s = ""
    if yi:
        s += _four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += _four(wan) + "万"
    elif yi and ge:
        s += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not s.endswith("零"):
            s += "零"
        s += _four(ge)
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and fen_ == 0:
        s += "整"
    else:
        if jiao:
            s += DIG[jiao] + "角"
        elif fen_:
            s += "零"
        if fen_:
            s += DIG[fen_] + "分"
    return "人民币" + s


def yuan_str(fen, style):
    y, f = divmod(fen, 100)
    if style == "sep":            # 127,300.00元
        return "{:,}.{:02d}元".format(y, f)
    if style == "sep0":           # 127,300元 (only when f == 0)
        return "{:,}元".format(y) if f == 0 else "{:,}.{:02d}元".format(y, f)
    if style == "plain":          # 127300元 / 127300.5元
        if f == 0:
            return "%d元" % y
        return ("%d.%02d" % (y, f)).rstrip("0") + "元"
    if style == "wan":            # 12.73万元
        s = ("%.6f" % (fen / 1000000.0)).rstrip("0").rstrip(".")
        return s + "万元"
    if style == "daxie":
        return daxie(fen)
    raise ValueError(style)

# ---------------------------------------------------------------- dates
CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    if n < 20:
        return "十" + ("" if n == 10 else "一二三四五六七八九"[n - 11])
    t, o = divmod(n, 10)
    return "一二三四五六七八九"[t - 1] + "十" + ("" if o == 0 else "一二三四五六七八九"[o - 1])


def cn_date(d):
    return "".join(CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def digit_date(d, style="cn"):
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "dot":
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if style == "dash":
        return d.isoformat()
    raise ValueError(style)

# ---------------------------------------------------------------- case numbers
FW = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def norm_case_no(s):
    s = re.sub(r"\s+", "", s)
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    s = re.sub(r"^[(\[〔［]", "（", s)
    s = re.sub(r"^（(\d{4})[)\]〕］]", r"（\1）", s)
    return s
