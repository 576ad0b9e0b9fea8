#!/usr/bin/python3
"""Render every document of the evaluation set into scanned-looking page images.

usage: /usr/bin/python3 tools/render_pages.py [--seed N] [--root eval/docs]
Needs python3-pil, python3-numpy, python3-img2pdf and the Debian CJK fonts
(fonts-noto-cjk, fonts-arphic-ukai/uming/gbsn00lp/gkai00mp, fonts-wqy-zenhei/microhei).

Reads truth/*.json (text + optional line_styles), writes pages/*.png|jpg|tif|pdf,
pages/NAME-pN.gt.txt (the exact text lines drawn on that page, seal text excluded)
and pages/manifest.tsv (one row per page).
"""
import argparse, glob, io, json, math, os, random, re
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONTS = [  # (label, path, index)
    ("NotoSerifCJK-SC", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    ("NotoSansCJK-SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("AR-PL-UKai-CN", "/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    ("AR-PL-UMing-CN", "/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("WenQuanYi-ZenHei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("WenQuanYi-MicroHei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("AR-PL-SungtiL-GB", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    ("AR-PL-KaitiM-GB", "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
]
TITLE_FONTS = [("NotoSerifCJK-SC-Bold", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
               ("NotoSansCJK-SC-Bold", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2)]
W, H = 2480, 3508          # A4 at 300 dpi
PT = 300 / 72.0
NO_START = set("，。；：、）》」』”！？,.;:)")
RED = (205, 32, 38)


def font(spec, px):
    f = ImageFont.truetype(spec[1], int(px), index=spec[2])
    f.fallback = None
    f.missing = set()
    return f


_MISSING = {}


def missing_glyphs(spec, chars):
    """characters the font has no glyph for (rendered blank or as .notdef)."""
    key = spec[0]
    if key not in _MISSING:
        _MISSING[key] = set()
    ft = ImageFont.truetype(spec[1], 40, index=spec[2])
    nd = ft.getmask("\U0010FFFD")
    nd = (nd.getbbox(), bytes(nd))
    for c in chars:
        if c.isspace():
            continue
        m = ft.getmask(c)
        if m.getbbox() is None or (m.getbbox(), bytes(m)) == nd:
            _MISSING[key].add(c)
    return _MISSING[key]


def with_fallback(f, spec, px, chars):
    miss = missing_glyphs(spec, chars)
    if miss:
        f.fallback = ImageFont.truetype(FONTS[0][1], int(px), index=FONTS[0][2])
        f.missing = miss
    return f


def tlen(f, s):
    if not f.missing or not any(c in f.missing for c in s):
        return f.getlength(s)
    return sum((f.fallback if c in f.missing else f).getlength(c) for c in s)


def dtext(d, xy, s, f, fill=(0, 0, 0)):
    if not f.missing or not any(c in f.missing for c in s):
        d.text(xy, s, font=f, fill=fill)
        return
    x, y = xy
    for c in s:
        g = f.fallback if c in f.missing else f
        d.text((x, y), c, font=g, fill=fill)
        x += g.getlength(c)


def guess_styles(lines):
    st = []
    for i, l in enumerate(lines):
        s = l.strip()
        if i < 4 and re.search(r"(人民法院|法院)$", s) and len(s) < 30:
            st.append("court")
        elif i < 5 and re.fullmatch(r"[执行裁定书决通知令民事政 ]+|.*裁定书$|.*公告$", s) and len(s) < 40:
            st.append("title")
        elif i < 6 and re.fullmatch(r"[(（]\d{4}[)）].{2,20}号(之.)?", s):
            st.append("caseno")
        elif re.fullmatch(r"[〇一二三四五六七八九十]{4}年.{1,3}月.{1,3}日", s):
            st.append("date")
        elif re.match(r"^(审 *判 *长|审 *判 *员|书 *记 *员|法官助理|代理审判员|人民陪审员|执 *行 *员|院 *长)", s) and len(s) < 20:
            st.append("sign")
        else:
            st.append("p")
    return st


def wrap(text, f, width):
    out, cur, w = [], "", 0.0
    for ch in text:
        cw = tlen(f, ch)
        if cur and w + cw > width and ch not in NO_START:
            out.append(cur)
            cur, w = ch, cw
        else:
            cur += ch
            w += cw
    if cur:
        out.append(cur)
    return out


def draw_seal(size, text, rng, star=True):
    """A red round seal on a transparent canvas (RGBA)."""
    S = size
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = S / 2
    ring = max(6, S // 45)
    d.ellipse([ring, ring, S - ring, S - ring], outline=RED + (255,), width=ring)
    fnt = ImageFont.truetype(TITLE_FONTS[1][1], int(S * 0.12), index=2)
    n = len(text)
    span = min(250.0, 18.0 * n + 20)
    r = c - ring * 2.2 - S * 0.07
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        x, y = c + r * math.cos(a), c + r * math.sin(a)
        g = Image.new("RGBA", (int(S * 0.16), int(S * 0.16)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=fnt, fill=RED + (255,), anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if star:
        R, r2 = S * 0.17, S * 0.068
        pts = []
        for k in range(10):
            rr = R if k % 2 == 0 else r2
            a = math.radians(-90 + 36 * k)
            pts.append((c + rr * math.cos(a), c + S * 0.02 + rr * math.sin(a)))
        d.polygon(pts, fill=RED + (255,))
    # ink unevenness
    a = np.array(img).astype(np.float32)
    noise = np.random.default_rng(rng.randint(0, 1 << 30)).uniform(0.55, 1.0, a.shape[:2])
    a[..., 3] *= noise
    return Image.fromarray(a.astype(np.uint8), "RGBA")


def stamp(page, seal, x, y):
    """Multiply-blend the seal onto an RGB page at centre (x, y)."""
    p = np.array(page).astype(np.float32)
    s = np.array(seal).astype(np.float32)
    h, w = s.shape[:2]
    x0, y0 = int(x - w / 2), int(y - h / 2)
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(p.shape[1], x0 + w), min(p.shape[0], y0 + h)
    if xb <= xa or yb <= ya:
        return page
    sub = s[ya - y0:yb - y0, xa - x0:xb - x0]
    alpha = sub[..., 3:4] / 255.0
    col = sub[..., :3] / 255.0
    region = p[ya:yb, xa:xb]
    p[ya:yb, xa:xb] = region * (1 - alpha) + region * col * alpha
    return Image.fromarray(np.clip(p, 0, 255).astype(np.uint8), "RGB")


def layout(doc, rng, spec):
    """Lay a document out on pages; returns list of (RGB image, [text lines], has_date_pos)."""
    lines = doc["text"].rstrip("\n").split("\n")
    styles = doc.get("line_styles") or guess_styles(lines)
    fspec = spec["font"]
    px = spec["size_pt"] * PT
    f = with_fallback(font(fspec, px), fspec, px, set(doc["text"]))
    tf = font(spec["title_font"], spec["title_pt"] * PT)
    cf = font(spec["title_font"], spec["court_pt"] * PT)
    lm, rm, tm, bm = spec["margins"]
    lh = px * spec["leading"]
    width = W - lm - rm
    pages = []
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    y = tm
    gt = []
    datepos = None
    caseno_right = spec["caseno_right"]
    two_col = spec["two_col"]

    def newpage():
        nonlocal img, d, y, gt, datepos
        pages.append((img, gt, datepos))
        img = Image.new("RGB", (W, H), "white")
        d = ImageDraw.Draw(img)
        y = tm
        gt = []
        datepos = None

    for text, st in zip(lines, styles):
        if st in ("court", "title"):
            ff = tf if st == "title" else cf
            hh = (spec["title_pt"] if st == "title" else spec["court_pt"]) * PT * 1.7
            if y + hh > H - bm:
                newpage()
            tw = ff.getlength(text)
            d.text(((W - tw) / 2, y), text, font=ff, fill=(0, 0, 0))
            gt.append(text)
            y += hh
            continue
        if st == "caseno":
            if y + lh > H - bm:
                newpage()
            tw = tlen(f, text)
            x = W - rm - tw if caseno_right else (W - tw) / 2
            dtext(d, (x, y), text, f)
            gt.append(text)
            y += lh * 1.3
            continue
        if st in ("sign", "date"):
            if y + lh > H - bm:
                newpage()
            x0 = W - rm - max(tlen(f, text), px * 9)
            if st == "date":
                tw = tlen(f, text)
                x0 = W - rm - tw - px * spec["date_indent"]
                datepos = (x0 + tw / 2, y + px / 2)
            dtext(d, (x0, y), text, f)
            gt.append(text)
            y += lh
            continue
        # paragraph; optional two-column label block for party lines
        m = re.match(r"^([^，,：:。]{2,14}[：:])(.+)$", text)
        if two_col and m and any(k in m.group(1) for k in ("申请执行人", "被执行人", "申请人", "被申请人", "异议人", "复议申请人", "买受人", "法定代表人", "负责人", "委托诉讼代理人", "被罚款人", "被拘留人")):
            lab, rest = m.group(1), m.group(2)
            colx = lm + px * 8.5
            parts = wrap(rest, f, W - rm - colx)
            if y + lh * len(parts) > H - bm:
                newpage()
            dtext(d, (lm, y), lab, f)
            top = y
            for i, part in enumerate(parts):
                dtext(d, (colx, y), part, f)
                gt.append((lab if i == 0 else "") + part)
                y += lh
            d.rectangle([lm - 12, top - 8, W - rm + 12, y - lh + px + 14], outline=(60, 60, 60), width=2)
            d.line([colx - 14, top - 8, colx - 14, y - lh + px + 14], fill=(60, 60, 60), width=2)
            y += px * 0.35
            continue
        indent = px * 2 if spec["indent"] else 0
        first = True
        rest = text
        parts = []
        while rest:
            wdt = width - (indent if first else 0)
            seg = wrap(rest, f, wdt)[0]
            parts.append((seg, indent if first else 0))
            rest = rest[len(seg):]
            first = False
        for seg, ind in parts:
            if y + lh > H - bm:
                newpage()
            dtext(d, (lm + ind, y), seg, f)
            gt.append(seg)
            y += lh
        y += px * spec["para_gap"]
    pages.append((img, gt, datepos))
    return pages


# ------------------------------------------------------------------ degradations
def to_np(img):
    return np.array(img).astype(np.float32)


def degrade(img, names, rng, nrng, log):
    a = to_np(img)
    for n in names:
        if n == "uneven_light":
            h, w = a.shape[:2]
            yy, xx = np.mgrid[0:h, 0:w]
            cx, cy = rng.uniform(0, w), rng.uniform(0, h)
            dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(w, h)
            lo = rng.uniform(0.72, 0.88)
            g = 1.0 - (1.0 - lo) * dist / dist.max()
            a = a * g[..., None] if a.ndim == 3 else a * g
            log.append("uneven_light(min=%.2f)" % lo)
        elif n == "grey_gradient":
            h, w = a.shape[:2]
            g = np.linspace(rng.uniform(225, 245), rng.uniform(185, 215), w)[None, :].repeat(h, 0)
            a = np.minimum(a, g[..., None] if a.ndim == 3 else g)
            log.append("grey_gradient")
        elif n == "low_contrast":
            lo, hi = rng.uniform(70, 110), rng.uniform(200, 230)
            a = lo + a * (hi - lo) / 255.0
            log.append("low_contrast(%d-%d)" % (lo, hi))
        elif n == "faint_toner":
            k = rng.uniform(0.45, 0.65)
            a = 255 - (255 - a) * k
            mask = nrng.random(a.shape[:2]) < rng.uniform(0.05, 0.12)
            a[mask] = np.maximum(a[mask], 200)
            log.append("faint_toner(k=%.2f)" % k)
        elif n == "blur":
            r = rng.uniform(1.0, 2.2)
            a = to_np(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(r)))
            log.append("gaussian_blur(r=%.1f)" % r)
        elif n == "salt_pepper":
            p = rng.uniform(0.002, 0.008)
            m = nrng.random(a.shape[:2])
            a[m < p / 2] = 0
            a[m > 1 - p / 2] = 255
            log.append("salt_pepper(p=%.3f)" % p)
        elif n == "speckle":
            h, w = a.shape[:2]
            cnt = rng.randint(150, 600)
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
            dr = ImageDraw.Draw(im)
            for _ in range(cnt):
                x, y = rng.uniform(0, w), rng.uniform(0, h)
                r = rng.uniform(1, 5)
                v = rng.randint(20, 120)
                dr.ellipse([x - r, y - r, x + r, y + r], fill=(v, v, v) if a.ndim == 3 else v)
            # copier edge shadow
            sh = rng.randint(30, 90)
            side = rng.choice(["left", "right", "top"])
            if side == "left":
                dr.rectangle([0, 0, sh, h], fill=(70, 70, 70) if a.ndim == 3 else 70)
            elif side == "right":
                dr.rectangle([w - sh, 0, w, h], fill=(70, 70, 70) if a.ndim == 3 else 70)
            else:
                dr.rectangle([0, 0, w, sh], fill=(70, 70, 70) if a.ndim == 3 else 70)
            a = to_np(im)
            log.append("photocopy_speckle(n=%d,edge=%s)" % (cnt, side))
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if "rotate" in names:
        ang = rng.uniform(0.3, 3.0) * rng.choice([-1, 1])
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255) if img.mode == "RGB" else 255)
        log.append("rotate(%.2fdeg)" % ang)
    return img


DEGS = ["rotate", "jpeg", "salt_pepper", "blur", "uneven_light", "grey_gradient", "low_contrast", "faint_toner", "small_150dpi", "speckle"]


def pick_degradations(rng):
    if rng.random() < 0.25:
        return []
    k = rng.choice([1, 1, 2, 2, 3])
    ds = rng.sample(DEGS, k)
    if "uneven_light" in ds and "grey_gradient" in ds:
        ds.remove("grey_gradient")
    return ds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--rescans", type=int, default=24, help="documents rendered a second time with other settings")
    a = ap.parse_args()
    root = a.root
    out = os.path.join(root, "pages")
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "*")):
        os.remove(f)
    docs = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(root, "truth", "*.json")))]
    rng0 = random.Random(a.seed)
    jobs = [(d, d["id"]) for d in docs]
    gen = [d for d in docs if d["source"] == "generated"]
    for d in rng0.sample(gen, min(a.rescans, len(gen))):
        jobs.append((d, d["id"] + "__scan2"))
    rows = []
    fi = 0
    for d, pid in jobs:
        rng = random.Random("%d-%s" % (a.seed, pid))
        nrng = np.random.default_rng(rng.randint(0, 1 << 30))
        fspec = rng.choice(FONTS)
        fi += 1
        spec = {
            "font": fspec, "size_pt": rng.choice([10.5, 12, 12, 14, 14, 15, 16]),
            "title_font": rng.choice(TITLE_FONTS), "title_pt": rng.choice([20, 22, 24]), "court_pt": rng.choice([16, 18]),
            "margins": (rng.randint(260, 330), rng.randint(240, 320), rng.randint(300, 420), rng.randint(280, 360)),
            "leading": rng.uniform(1.45, 1.9), "indent": rng.random() < 0.85, "para_gap": rng.choice([0, 0, 0.3]),
            "caseno_right": rng.random() < 0.45, "two_col": rng.random() < 0.25, "date_indent": rng.choice([1, 2, 3]),
        }
        pages = layout(d, rng, spec)
        miss = missing_glyphs(fspec, set(d["text"]))
        flabel = fspec[0] + ("(+NotoSerifCJK-SC for %s)" % "".join(sorted(miss)) if miss else "")
        seal_on = rng.random() < 0.85
        seal_text = d["facts"] and next((f["value"] for f in d["facts"] if f["field"] == "court"), None)
        container = rng.choices(["png", "tiff", "pdf"], [0.72, 0.14, 0.14])[0]
        imgs = []
        for pno, (img, gt, datepos) in enumerate(pages, 1):
            log = []
            seal = "none"
            if seal_on and seal_text:
                if datepos:
                    s = draw_seal(rng.randint(440, 520), seal_text, rng)
                    img = stamp(img, s, datepos[0] + rng.uniform(-120, 120), datepos[1] + rng.uniform(-90, 60))
                    seal = "round_red_over_date"
                elif len(pages) > 1:
                    s = draw_seal(rng.randint(440, 520), seal_text, rng)
                    img = stamp(img, s, W + rng.uniform(-40, 20), rng.uniform(H * 0.4, H * 0.6))
                    seal = "half_seal_edge"
            degs = pick_degradations(rng)
            gray = seal == "none" and rng.random() < 0.7
            if gray:
                img = img.convert("L")
            img = degrade(img, [x for x in degs if x not in ("jpeg", "small_150dpi")], rng, nrng, log)
            dpi = 300
            if "small_150dpi" in degs:
                img = img.resize((img.width // 2, img.height // 2), Image.LANCZOS)
                dpi = 150
                log.append("downscaled_150dpi")
            fmt = container
            if "jpeg" in degs:
                q = rng.randint(12, 35)
                buf = io.BytesIO()
                img.save(buf, "JPEG", quality=q)
                img = Image.open(io.BytesIO(buf.getvalue()))
                img.load()
                log.append("jpeg(q=%d)" % q)
                if container == "png":
                    fmt = "jpg"
            page_id = "%s-p%d" % (pid, pno)
            with open(os.path.join(out, page_id + ".gt.txt"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(gt) + "\n")
            if fmt in ("png", "jpg"):
                fn = page_id + "." + fmt
                path = os.path.join(out, fn)
                if fmt == "png":
                    img.save(path, "PNG", optimize=True, dpi=(dpi, dpi))
                    if os.path.getsize(path) > 1800000:       # keep the set small: noisy pages as JPEG
                        os.remove(path)
                        fn = page_id + ".jpg"
                        img.save(os.path.join(out, fn), "JPEG", quality=90, dpi=(dpi, dpi))
                        log.append("stored_as_jpeg(q=90)")
                else:
                    img.save(path, "JPEG", quality=95, dpi=(dpi, dpi))
                rows.append([fn, d["id"], str(pno), page_id, flabel, str(spec["size_pt"]), "%d" % dpi, seal,
                             ("two_col_header " if spec["two_col"] else "") + ("caseno_right" if spec["caseno_right"] else "caseno_centre"),
                             ";".join(log) or "clean"])
            else:
                imgs.append((img, pno, page_id, dpi, log, seal))
        if imgs:
            fn = pid + (".tif" if container == "tiff" else ".pdf")
            path = os.path.join(out, fn)
            if container == "tiff":
                first = imgs[0][0]
                first.save(path, save_all=True, append_images=[x[0] for x in imgs[1:]], compression="tiff_deflate", dpi=(imgs[0][3],) * 2)
            else:
                import img2pdf
                blobs = []
                for im, *_ in imgs:
                    b = io.BytesIO()
                    if im.mode not in ("L", "RGB"):
                        im = im.convert("RGB")
                    im.save(b, "JPEG", quality=88, dpi=(imgs[0][3],) * 2)
                    blobs.append(b.getvalue())
                open(path, "wb").write(img2pdf.convert(blobs))
            for im, pno, page_id, dpi, log, seal in imgs:
                rows.append([fn, d["id"], str(pno), page_id, flabel, str(spec["size_pt"]), "%d" % dpi, seal,
                             ("two_col_header " if spec["two_col"] else "") + ("caseno_right" if spec["caseno_right"] else "caseno_centre"),
                             ";".join(log + (["pdf_jpeg(q=88)"] if container == "pdf" else [])) or "clean"])
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as fh:
        fh.write("file\tdoc_id\tpage_no\tpage_id\tfont\tsize_pt\tdpi\tseal\tlayout\tdegradations\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print("%d pages from %d renderings" % (len(rows), len(jobs)))


if __name__ == "__main__":
    main()
