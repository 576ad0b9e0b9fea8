"""Render the OCR test fixtures from zb.txt (and zt.txt) with a CJK font.

The PNGs are committed, so the tests need neither the font nor PIL; rerun
this only to change the fixtures. Needs python3-pil and fonts-noto-cjk.
  clean.png    the text, black on white
  rotated.png  turned 1.5 degrees (a crooked scan)
  noisy.png    salt-and-pepper noise and a grey background
  blurred.png  a soft focus
  two.tif      a two-page TIFF (zb.txt, then zt.txt)
  zt.png       zt.txt on its own (a 执行通知书 of another case)
  assist.png   assist.txt: a 协助执行通知书 without a 案号 of its own
  web.png      web.txt: a ruling as a case-law site prints it, with
               half-width , : ; ( ) among the Chinese
  dash.png     dash.txt: blanks to fill (____) and a run of dashes — text,
               not ruled lines
  table.png    table.txt: a party block as a ruled two-column table, a
               cell's second line sitting on its bottom border, turned
               0.8 degrees
The dossier test (tests/ocr_dossier.sh) builds its PDFs and folders from
these with mkdossier.py, which needs only the standard library.
"""
import random
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def render(path, size=38, width=1900):
    font = ImageFont.truetype(FONT, size, index=2)   # index 2: Noto Serif CJK SC
    lines = []
    for para in open(path, encoding="utf-8").read().splitlines():
        line = ""
        for ch in para:
            if font.getlength(line + ch) > width - 160:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    img = Image.new("L", (width, 120 + len(lines) * int(size * 1.7)), 255)
    d = ImageDraw.Draw(img)
    for i, l in enumerate(lines):
        d.text((80, 60 + i * int(size * 1.7)), l, font=font, fill=0)
    return img


def render_table(path, size=38, width=1500):
    """label|value rows in boxes: the label column narrow, the value wrapped
    inside its cell and drawn so low that its last line touches the rule."""
    font = ImageFont.truetype(FONT, size, index=2)
    pitch, x0, x1, split = int(size * 1.45), 80, width - 80, 80 + size * 6
    rows = []
    for line in open(path, encoding="utf-8").read().splitlines():
        label, value = line.split("|")
        wrapped, cur = [], ""
        for ch in value:
            if font.getlength(cur + ch) > x1 - split - 30:
                wrapped.append(cur)
                cur = ""
            cur += ch
        rows.append((label, wrapped + [cur]))
    img = Image.new("L", (width, 160 + sum(len(v) * pitch + 30 for _, v in rows)), 255)
    d = ImageDraw.Draw(img)
    y = 80
    for label, value in rows:
        h = len(value) * pitch + 12
        d.rectangle((x0, y, x1, y + h), outline=0, width=3)
        d.line((split, y, split, y + h), fill=0, width=3)
        d.text((x0 + 12, y + 8), label, font=font, fill=0)
        for i, v in enumerate(value):
            d.text((split + 14, y + 8 + i * pitch + (10 if i else 0)), v, font=font, fill=0)
        y += h + 30
    return img.rotate(0.8, expand=True, fillcolor=255)


def main():
    rng = random.Random(7)
    clean = render("zb.txt")
    clean.save("clean.png", optimize=True)
    clean.rotate(1.5, expand=True, fillcolor=255).save("rotated.png", optimize=True)
    noisy = clean.point(lambda v: 225 if v > 128 else v)
    px = noisy.load()
    for _ in range(noisy.size[0] * noisy.size[1] // 60):
        x, y = rng.randrange(noisy.size[0]), rng.randrange(noisy.size[1])
        px[x, y] = rng.choice((0, 255))
    noisy.save("noisy.png", optimize=True)
    clean.filter(ImageFilter.GaussianBlur(1.2)).save("blurred.png", optimize=True)
    second = render("zt.txt")
    clean.save("two.tif", save_all=True, append_images=[second], compression="tiff_deflate")
    second.save("zt.png", optimize=True)
    render("assist.txt").save("assist.png", optimize=True)
    render("web.txt").save("web.png", optimize=True)
    render_table("table.txt").save("table.png", optimize=True)
    render("dash.txt").save("dash.png", optimize=True)


if __name__ == "__main__":
    main()
