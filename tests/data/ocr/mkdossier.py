#!/usr/bin/env python3
"""Scans for the dossier test (tests/ocr_dossier.sh), standard library only.

usage: mkdossier.py FIXTURES OUT            the test's files (below)
       mkdossier.py FIXTURES --long N OUT.pdf   an N-page A4 PDF (memory bench)

From the committed fixtures (grey PNGs: clean.png = a 终本裁定书, zt.png = a
执行通知书 of another case, assist.png = a 协助执行通知书 without a 案号):
  zb1.png zb2.png  clean.png cut in two between lines: the second half has
                   no title, so it continues the document of the first
  dossier.pdf      zb1, zb2, zt, assist: three documents in one file
  broken.pdf       zb1, a page object that is not a page, zt
  poster.pdf       zt, a 2000 x 2000 pt page (69 megapixels at 300 dpi), assist
  bomb.png         a 1-bit 19000 x 19000 PNG (361 megapixels, 90 KB)
Images go into the PDFs as they are (FlateDecode, DeviceGray) at 300 dpi.
"""
import os
import struct
import sys
import zlib


def png_read(path):
    """Width, height and rows of an 8-bit grey, non-interlaced PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    pos, idat, w = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, lace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype == 0 and lace == 0, "grey 8-bit PNG expected: " + path
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + n
    raw = zlib.decompress(b"".join(idat))
    rows, prev = [], bytearray(w)
    for y in range(h):
        f, line = raw[y * (w + 1)], bytearray(raw[y * (w + 1) + 1:(y + 1) * (w + 1)])
        for x in range(w):
            a = line[x - 1] if x else 0
            b, c = prev[x], prev[x - 1] if x else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, rows


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff)


def png_write(path, w, h, rows, depth=8):
    head = struct.pack(">IIBBBBB", w, h, depth, 0, 0, 0, 0)
    z = zlib.compressobj(9)
    out = [z.compress(b"\0" + r) for r in rows] if rows is not None else []
    if rows is None:       # all white, one row at a time: never the whole image in memory
        line = b"\0" + b"\xff" * ((w * depth + 7) // 8)
        out = [z.compress(line) for _ in range(h)]
    out.append(z.flush())
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", b"".join(out)) + chunk(b"IEND", b""))


def halves(img):
    """Cut at the white row nearest the middle."""
    w, h, rows = img
    white = b"\xff" * w
    mid = h // 2
    cut = min((y for y in range(h // 4, 3 * h // 4) if rows[y] == white), key=lambda y: abs(y - mid))
    return (w, cut, rows[:cut]), (w, h - cut, rows[cut:])


def pdf_write(path, pages, a4=False):
    """pages: (w, h, rows) images, ("poster", wpt, hpt) or ("broken",)."""
    objs = []                         # object bodies; object k is objs[k - 1]

    def add(body):
        objs.append(body)
        return len(objs)

    catalog, tree = add(None), add(None)
    kids = []
    for pg in pages:
        if pg[0] == "broken":
            kids.append(add(b"42"))   # an integer where a page dictionary belongs
            continue
        if pg[0] == "poster":
            box, content, res = (pg[1], pg[2]), b"", b""
        else:
            w, h, rows = pg
            data = zlib.compress(b"".join(rows), 6)
            im = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
                     b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
                     + data + b"\nendstream")
            iw, ih = w * 72.0 / 300, h * 72.0 / 300
            box = (595.0, 842.0) if a4 else (iw, ih)
            content = b"q %.2f 0 0 %.2f 0 %.2f cm /Im0 Do Q" % (iw, ih, box[1] - ih)
            res = b"/XObject << /Im0 %d 0 R >>" % im
        c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R"
                        b" /Resources << %s >> >>" % (tree, box[0], box[1], c, res)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objs[tree - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    out, offs = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    with open(path, "wb") as f:
        f.write(out)


def main():
    src = sys.argv[1]
    zb = png_read(os.path.join(src, "clean.png"))
    zt = png_read(os.path.join(src, "zt.png"))
    assist = png_read(os.path.join(src, "assist.png"))
    zb1, zb2 = halves(zb)
    if sys.argv[2] == "--long":
        n, out = int(sys.argv[3]), sys.argv[4]
        cycle = [zb1, zb2, zt, assist]
        pdf_write(out, [cycle[i % 4] for i in range(n)], a4=True)
        return
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    png_write(os.path.join(out, "zb1.png"), *zb1)
    png_write(os.path.join(out, "zb2.png"), *zb2)
    pdf_write(os.path.join(out, "dossier.pdf"), [zb1, zb2, zt, assist])
    pdf_write(os.path.join(out, "broken.pdf"), [zb1, ("broken",), zt])
    pdf_write(os.path.join(out, "poster.pdf"), [zt, ("poster", 2000.0, 2000.0), assist])
    png_write(os.path.join(out, "bomb.png"), 19000, 19000, None, depth=1)


if __name__ == "__main__":
    main()
