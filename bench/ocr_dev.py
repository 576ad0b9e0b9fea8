"""Build the OCR development set: A4 page scans rendered from law texts.

Usage: ocr_dev.py OUTDIR [--laws DIR] [--seed N]
Writes OUTDIR/devNN.{png,jpg} and OUTDIR/devNN.gt.txt (the exact text drawn,
one line per printed line). Deterministic for a seed. Needs python3-pil,
python3-numpy and the CJK fonts of scripts/debian-packages.txt.

The text is NOT from enforcement documents (those are what the held-out set
holds): articles of the statutes in /work/shared/docs/laws, a heading, an
invented reference line with ID-like codes (Latin letters and digits, which
stress the language choice), and a signature block with an invented office
and a date in 〇-numerals. Each page gets one recipe of degradations that
scanned court papers show: red seals over the signature, skew, speckle,
sensor noise, blur, uneven lighting, low contrast, small type, JPEG.
"""
import argparse
import glob
import io
import math
import os
import random
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
FONTS = {
    "song": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "hei": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "gbsong": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "gbkai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}
TITLE_FONT = (NOTO + "NotoSerifCJK-Bold.ttc", 2)

# recipe: (font, dpi, body pt, colour scan, seal, degradations)
RECIPES = [
    ("song", 300, 16, True, True, []),
    ("hei", 300, 16, True, True, []),
    ("kai", 300, 16, True, True, []),
    ("ming", 300, 14, False, False, []),
    ("gbsong", 200, 16, True, True, []),
    ("gbkai", 200, 16, False, False, []),
    ("zenhei", 200, 14, True, True, []),
    ("song", 200, 16, True, True, ["rotate"]),
    ("kai", 300, 16, False, False, ["rotate"]),
    ("gbsong", 300, 14, True, True, ["rotate", "jpeg"]),
    ("song", 300, 16, False, False, ["speckle"]),
    ("hei", 200, 16, True, True, ["speckle"]),
    ("gbkai", 300, 16, True, True, ["speckle", "rotate"]),
    ("ming", 200, 16, True, True, ["gauss"]),
    ("zenhei", 300, 14, False, False, ["gauss", "jpeg"]),
    ("song", 200, 16, True, True, ["blur"]),
    ("gbsong", 300, 16, False, False, ["blur"]),
    ("kai", 200, 14, True, True, ["blur", "jpeg"]),
    ("song", 300, 16, True, True, ["lighting"]),
    ("hei", 200, 16, False, False, ["lighting"]),
    ("ming", 300, 16, True, True, ["lighting", "rotate"]),
    ("gbkai", 200, 16, True, True, ["lowcontrast"]),
    ("song", 300, 14, False, False, ["lowcontrast"]),
    ("zenhei", 200, 16, True, True, ["lowcontrast", "lighting"]),
    ("song", 150, 12, True, True, ["small"]),
    ("hei", 150, 10.5, False, False, ["small"]),
    ("gbsong", 150, 12, True, True, ["small", "jpeg"]),
    ("kai", 150, 12, True, True, ["small", "rotate"]),
    ("song", 200, 16, True, True, ["jpeg"]),
    ("ming", 200, 14, True, True, ["jpeg", "gauss"]),
    ("hei", 300, 16, True, True, ["seal2"]),
    ("song", 200, 16, True, True, ["seal2", "lighting"]),
    ("gbsong", 200, 16, False, False, ["speckle", "lowcontrast"]),
    ("kai", 300, 16, True, True, ["blur", "gauss", "rotate"]),
    ("zenhei", 150, 12, True, True, ["small", "gauss"]),
    ("song", 200, 14, True, True, ["lighting", "jpeg", "rotate"]),
]

# --set plain: pages without a seal, clean or with the degradations of a
# printer and a flatbed rather than of a seal (faint toner, blur, low
# contrast), for the steps that must not cost a clean page anything.
PLAIN_RECIPES = [
    ("song", 300, 16, False, False, []),
    ("hei", 300, 14, True, False, []),
    ("kai", 200, 16, False, False, []),
    ("gbsong", 300, 14, True, False, []),
    ("zenhei", 200, 16, False, False, []),
    ("ming", 300, 16, True, False, []),
    ("song", 200, 14, False, False, ["faint"]),
    ("hei", 300, 16, True, False, ["faint"]),
    ("gbkai", 300, 16, False, False, ["faint"]),
    ("kai", 300, 16, False, False, ["blur"]),
    ("zenhei", 300, 14, True, False, ["blur"]),
    ("gbsong", 200, 16, False, False, ["blur"]),
    ("song", 300, 16, True, False, ["lowcontrast"]),
    ("ming", 200, 16, False, False, ["lowcontrast"]),
    ("hei", 200, 14, False, False, ["faint", "jpeg"]),
    ("kai", 300, 14, True, False, ["lowcontrast", "blur"]),
]

# --set web: clean pages set as public case-law sites republish rulings,
# with half-width , ; : ( ) ! ? among the Chinese text (the glyphs are
# narrow on the page, so a reading that widens them is wrong there).
WEB_RECIPES = [
    ("song", 300, 16, False, False, ["halfwidth"]),
    ("hei", 300, 14, True, False, ["halfwidth"]),
    ("kai", 200, 16, False, False, ["halfwidth"]),
    ("gbsong", 300, 14, True, False, ["halfwidth"]),
    ("zenhei", 200, 16, False, False, ["halfwidth"]),
    ("ming", 300, 16, True, False, ["halfwidth"]),
    ("song", 200, 14, False, False, ["halfwidth", "faint"]),
    ("hei", 300, 16, True, False, ["halfwidth", "blur"]),
    ("gbkai", 300, 16, False, False, ["halfwidth"]),
    ("ming", 200, 14, False, False, ["halfwidth"]),
    ("song", 150, 12, True, False, ["halfwidth", "small"]),
    ("zenhei", 300, 12, False, False, ["halfwidth"]),
    ("kai", 300, 14, True, False, ["halfwidth", "jpeg"]),
    ("gbsong", 200, 12, False, False, ["halfwidth", "rotate"]),
    ("hei", 200, 10.5, False, False, ["halfwidth"]),
    ("song", 300, 16, True, False, ["halfwidth", "lowcontrast"]),
]
HALFWIDTH = str.maketrans("，；：（）！？", ",;:()!?")

OFFICES = ["云溪市城南区人民调解委员会", "青禾县市场监督管理局", "白岭市司法局", "临川县公证处", "东渚区档案馆"]
CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n):
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_date(rng):
    y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return "".join(CN_DIGITS[int(c)] for c in str(y)) + "年" + cn_number(m) + "月" + cn_number(d) + "日"


def law_paragraphs(folder):
    paras = []
    for path in sorted(glob.glob(os.path.join(folder, "*.md"))):
        if os.path.basename(path) == "README.md":
            continue
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith(("#", "<!--", "|", "-", ">")) or "INFO END" in line:
                continue
            line = re.sub(r"\s+", "", line.replace("*", ""))
            line = line.replace("(", "（").replace(")", "）")   # as printed in Chinese documents
            if len(line) >= 12:
                paras.append(line)
    return paras


def reference_line(rng):
    code = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(18))
    idno = "%06d%04d%02d%02d%03d%s" % (rng.randint(110000, 659999), rng.randint(1950, 2005), rng.randint(1, 12),
                                       rng.randint(1, 28), rng.randint(0, 999), rng.choice("0123456789X"))
    return rng.choice([
        "文号：云城调〔%d〕%d号，联系电话0571-%08d。" % (rng.randint(2018, 2025), rng.randint(1, 300), rng.randint(0, 99999999)),
        "经办单位统一社会信用代码%s。" % code,
        "当事人公民身份号码%s，住址第%d幢%d室。" % (idno, rng.randint(1, 30), rng.randint(101, 2504)),
    ])


def wrap(text, font, width, indent):
    lines, line = [], indent
    for ch in text:
        if line and font.getlength(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    if line.strip():
        lines.append(line)
    return lines


def page_text(rng, paras, font, width, max_lines):
    """Lines of one page: title, reference line, articles until the page is full."""
    title = rng.choice(["关于有关法律条文的摘录", "法律条文学习材料", "条文汇编（节选）"])
    body = wrap("　　" + reference_line(rng), font, width, "")
    start = rng.randrange(len(paras))
    i = start
    while len(body) < max_lines:
        body += wrap("　　" + paras[i % len(paras)], font, width, "")
        i += 1
    return title, body[:max_lines]


_MISSING = {}


def has_glyph(font, ch):
    """False when the font would draw its .notdef box for ch."""
    key = (font.path, font.index, ch)
    if key not in _MISSING:
        notdef = font.getmask("\U0010FFFD")
        m = font.getmask(ch)
        _MISSING[key] = ch.isspace() or not (m.size == notdef.size and bytes(m) == bytes(notdef))
    return _MISSING[key]


def draw_line(d, x, y, line, font, fill):
    """Draw a line, taking a glyph the font lacks (gbkai has no 〇) from Noto Serif."""
    if all(has_glyph(font, ch) for ch in line):
        d.text((x, y), line, font=font, fill=fill)
        return
    fallback = ImageFont.truetype(FONTS["song"][0], font.size, index=FONTS["song"][1])
    for ch in line:
        f = font if has_glyph(font, ch) else fallback
        d.text((x, y), ch, font=f, fill=fill)
        x += f.getlength(ch)


def draw_seal(img, cx, cy, r, rng, colour):
    """A round red office seal: ring, star, invented name along the arc."""
    seal = Image.new("RGB", img.size, (255, 255, 255))
    d = ImageDraw.Draw(seal)
    w = max(3, r // 18)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=w)
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.28 if k % 2 == 0 else 0.11)
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(star, fill=colour)
    name = rng.choice(OFFICES)
    f = ImageFont.truetype(FONTS["song"][0], int(r * 0.24), index=FONTS["song"][1])
    span = math.radians(220)
    for k, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / len(name)
        glyph = Image.new("L", (int(r * 0.3), int(r * 0.3)), 0)
        ImageDraw.Draw(glyph).text((0, 0), ch, font=f, fill=255)
        glyph = glyph.rotate(-math.degrees(a) - 90, expand=True)
        gx = cx + r * 0.72 * math.cos(a) - glyph.size[0] / 2
        gy = cy + r * 0.72 * math.sin(a) - glyph.size[1] / 2
        seal.paste(Image.new("RGB", glyph.size, colour), (int(gx), int(gy)), glyph)
    # ink is uneven: fade parts of the seal (numpy noise, seeded: reproducible)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(128, 60, (img.size[1], img.size[0]))
    fade = Image.fromarray(np.clip(noise, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(r / 10))
    fade = fade.point(lambda v: 255 if v > 140 else 0)
    seal = Image.composite(Image.new("RGB", img.size, (255, 255, 255)), seal, fade.convert("L").point(lambda v: v // 3))
    return Image.fromarray(np.minimum(np.asarray(img), np.asarray(seal)))


def render(rng, paras, recipe):
    font_name, dpi, pt, colour, seal, degr = recipe
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = int(round(pt / 72 * dpi))
    fpath, fidx = FONTS[font_name]
    font = ImageFont.truetype(fpath, px, index=fidx)
    tfont = ImageFont.truetype(TITLE_FONT[0], int(px * 1.35), index=TITLE_FONT[1])
    margin_x, margin_y = int(1.05 * dpi), int(1.0 * dpi)
    step = int(px * rng.uniform(1.55, 1.85))
    width = W - 2 * margin_x
    max_lines = (H - 2 * margin_y - 5 * step - int(px * 2.2)) // step
    title, body = page_text(rng, paras, font, width, max_lines)
    if "halfwidth" in degr:
        body = [l.translate(HALFWIDTH) for l in body]
    office, date = rng.choice(OFFICES), cn_date(rng)
    footer = "第%d页" % rng.randint(1, 9)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    ink = (20, 20, 20)
    y = margin_y
    d.text(((W - tfont.getlength(title)) / 2, y), title, font=tfont, fill=ink)
    y += int(px * 2.6)
    for line in body:
        draw_line(d, margin_x, y, line, font, ink)
        y += step
    y += step
    sig_y = y
    for line in (office, date):
        draw_line(d, W - margin_x - font.getlength(line) - px, y, line, font, ink)
        y += step
    draw_line(d, (W - font.getlength(footer)) / 2, H - margin_y // 2 - px, footer, font, ink)
    if seal:
        red = (rng.randint(200, 235), rng.randint(20, 60), rng.randint(30, 70))
        r = int(0.8 * dpi)
        img = draw_seal(img, W - margin_x - int(2.2 * px) - r // 2, sig_y + step // 2, r, rng, red)
        if "seal2" in degr:
            img = draw_seal(img, rng.randint(W // 3, W * 2 // 3), margin_y + step * rng.randint(4, max_lines - 4), r, rng, red)
    gt = "\n".join([title] + [l.strip("　") for l in body] + [office, date, footer]) + "\n"
    return degrade(rng, img, colour, degr, dpi), gt


def degrade(rng, img, colour, degr, dpi):
    a = np.asarray(img).astype(np.float32)
    paper = np.array([rng.uniform(235, 252), rng.uniform(232, 250), rng.uniform(222, 245)], np.float32)
    a = a / 255.0 * paper
    H, W = a.shape[:2]
    if "lowcontrast" in degr:
        lo = rng.uniform(95, 130)
        a = lo + a * (paper.mean() - lo) / 255.0
    if "lighting" in degr:
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(W, H)
        shade = 1.0 - rng.uniform(0.35, 0.55) * dist - rng.uniform(0.0, 0.15) * (xx / W)
        a = a * shade[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if "rotate" in degr:
        ang = rng.choice([-1, 1]) * rng.uniform(0.6, 3.0)
        img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=tuple(int(v) for v in paper))
    if "faint" in degr:      # worn toner: strokes thinned and lighter
        img = img.filter(ImageFilter.MaxFilter(3))
        a = np.asarray(img).astype(np.float32)
        ink = rng.uniform(90, 130)
        a = ink + a * (255.0 - ink) / 255.0
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if "blur" in degr:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.8) * dpi / 300))
    if "small" in degr:
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(img).astype(np.float32)
    if "gauss" in degr:
        a = a + np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(18, 30), a.shape[:2])[..., None]
    if "speckle" in degr:
        g = np.random.default_rng(rng.randrange(1 << 30))
        m = g.random(a.shape[:2])
        p = rng.uniform(0.008, 0.02)
        a[m < p] = 0
        a[m > 1 - p] = 255
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if not colour:
        img = img.convert("L")
    return img


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--laws", default="/work/shared/docs/laws")
    ap.add_argument("--seed", type=int, default=20251)
    ap.add_argument("--set", choices=["dev", "plain", "web"], default="dev")
    args = ap.parse_args()
    recipes, prefix = {"dev": (RECIPES, "dev"), "plain": (PLAIN_RECIPES, "pl"), "web": (WEB_RECIPES, "web")}[args.set]
    os.makedirs(args.outdir, exist_ok=True)
    paras = law_paragraphs(args.laws)
    rng = random.Random(args.seed)
    for n, recipe in enumerate(recipes, 1):
        img, gt = render(rng, paras, recipe)
        stem = os.path.join(args.outdir, "%s%02d" % (prefix, n))
        if "jpeg" in recipe[5]:
            img.save(stem + ".jpg", quality=rng.randint(25, 50), dpi=(recipe[1], recipe[1]))
        else:
            img.save(stem + ".png", compress_level=3, dpi=(recipe[1], recipe[1]))
        with open(stem + ".gt.txt", "w", encoding="utf-8") as f:
            f.write(gt)
        print("%s  %s %ddpi %gpt %s %s" % (os.path.basename(stem), recipe[0], recipe[1], recipe[2],
                                        "colour" if recipe[3] else "grey", "+".join(recipe[5]) or "clean"))


if __name__ == "__main__":
    main()
