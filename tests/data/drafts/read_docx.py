"""Print what a clerk checking a 检察建议书 against GB/T 9704-2012 would look at
in a DOCX, one fact per line ("key value"), from the XML itself (stdlib only).
Usage: read_docx.py FILE.docx ORG_NAME [PLAIN.txt]
With PLAIN.txt (the same draft rendered as text) it also says whether the
text view shows the same paragraphs in the same order."""
import re
import sys
import zipfile
import xml.dom.minidom as minidom

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def kids(el, name):
    return [c for c in el.childNodes if c.nodeType == c.ELEMENT_NODE and c.localName == name]


def first(el, *path):
    for name in path:
        found = kids(el, name) if el is not None else []
        el = found[0] if found else None
    return el


def attr(el, name):
    return el.getAttributeNS(W, name) if el is not None and el.hasAttributeNS(W, name) else ""


def text(p):
    out = []
    for node in p.getElementsByTagNameNS(W, "*"):
        if node.localName == "t" and node.firstChild is not None:
            out.append(node.firstChild.data)
        elif node.localName == "tab" and node.parentNode.localName == "r":
            out.append("\t")
    return "".join(out)


def para(p):
    ppr = first(p, "pPr")
    ind = first(ppr, "ind")
    rpr = [first(r, "rPr") for r in p.getElementsByTagNameNS(W, "r")]
    return {
        "el": p, "text": text(p), "jc": attr(first(ppr, "jc"), "val") or "both",
        "first": attr(ind, "firstLine"), "first_chars": attr(ind, "firstLineChars"),
        "hanging": attr(ind, "hanging"), "left": attr(ind, "left"), "right": attr(ind, "right"),
        "line": attr(first(ppr, "spacing"), "line"), "rule": attr(first(ppr, "spacing"), "lineRule"),
        "bottom": first(ppr, "pBdr", "bottom"),
        "colors": {attr(first(x, "color"), "val") for x in rpr if x is not None} - {""},
        "fonts": {attr(first(x, "rFonts"), "eastAsia") for x in rpr if x is not None} - {""},
        "sizes": {attr(first(x, "sz"), "val") for x in rpr if x is not None} - {""},
        "in_table": p.parentNode.localName == "tc",
        "keep": first(ppr, "keepNext") is not None,
    }


def mm(twips):
    return round(int(twips) / 1440 * 25.4)


def main():
    path, org = sys.argv[1], sys.argv[2]
    z = zipfile.ZipFile(path)
    raw = {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml") or n.endswith(".rels")}
    parsed = {}
    try:
        for name, data in raw.items():
            parsed[name] = minidom.parseString(data.encode("utf-8"))
        print("xml_ok True")
    except Exception as exc:  # expat refuses a character XML 1.0 does not allow
        print("xml_ok False", name, exc)
        return
    print("bad_chars", sum(len(BAD.findall(d)) for d in raw.values()))
    print("fffd", raw["word/document.xml"].count("\ufffd"))
    doc = parsed["word/document.xml"]
    paras = [para(p) for p in doc.getElementsByTagNameNS(W, "p")]
    full = [p for p in paras if p["text"]]
    section(doc, parsed, raw)
    head(full, org)
    closing(full, org)
    body_font(parsed["word/styles.xml"], full)
    banji(doc)
    for p in full:
        print("p", p["jc"], p["text"].replace("\t", "<TAB>"))
    if len(sys.argv) > 3:
        plain = [re.sub(r"\s+", "", l) for l in open(sys.argv[3], encoding="utf-8")]
        plain = [l for l in plain if l and not re.fullmatch("[━─]+", l)]
        print("plain_matches", plain == [re.sub(r"\s+", "", p["text"]) for p in full])


def section(doc, parsed, raw):
    sect = doc.getElementsByTagNameNS(W, "sectPr")[-1]
    size, mar = first(sect, "pgSz"), first(sect, "pgMar")
    print("page_mm", mm(attr(size, "w")), mm(attr(size, "h")))
    print("margins_twips", *(attr(mar, k) for k in ("top", "bottom", "left", "right")))
    print("margins_mm", *(mm(attr(mar, k)) for k in ("top", "bottom", "left", "right")))
    grid = first(sect, "docGrid")
    print("grid", attr(grid, "type"), attr(grid, "linePitch"))
    print("even_odd", bool(parsed["word/settings.xml"].getElementsByTagNameNS(W, "evenAndOddHeaders")))
    rels = {r.getAttribute("Id"): r.getAttribute("Target")
            for r in parsed["word/_rels/document.xml.rels"].getElementsByTagName("Relationship")}
    for ref in kids(sect, "footerReference"):
        name = "word/" + rels.get(ref.getAttributeNS(R, "id"), "?")
        ftr = parsed.get(name)
        if ftr is None:
            print("footer", attr(ref, "type"), "missing", name)
            continue
        p = para(ftr.getElementsByTagNameNS(W, "p")[0])
        instr = "".join(i.firstChild.data for i in ftr.getElementsByTagNameNS(W, "instrText") if i.firstChild)
        print("footer", attr(ref, "type"), "field=" + instr.strip(), "text=" + p["text"], "jc=" + p["jc"],
              "left=" + p["left"], "right=" + p["right"], "fonts=" + ",".join(sorted(p["fonts"])),
              "sz=" + ",".join(sorted(p["sizes"])))


def head(full, org):
    o = next((p for p in full if p["text"] == org), None)
    if o is None:
        print("org missing")
        return
    print("org_color", ",".join(sorted(o["colors"])) or "none")
    print("org_font", ",".join(sorted(o["fonts"])), "org_jc", o["jc"], "org_size", ",".join(sorted(o["sizes"])))
    i = full.index(o)
    d = full[i + 1]
    b = d["bottom"]
    print("docno", d["text"], "jc", d["jc"])
    print("docno_rule", attr(b, "val") or "none", attr(b, "color") or "none", attr(b, "sz") or "0")
    t = full[i + 2]
    print("title", t["text"], "jc", t["jc"], "font", ",".join(sorted(t["fonts"])), "size", ",".join(sorted(t["sizes"])))
    r = full[i + 3]
    print("recipient", r["text"], "jc", r["jc"], "first", r["first"] or "0", "first_chars", r["first_chars"] or "0",
          "hanging", r["hanging"] or "0", "left", r["left"] or "0")


def closing(full, org):
    signs = [k for k, p in enumerate(full) if p["text"] == org and p["jc"] == "right"]
    attach = [k for k, p in enumerate(full) if p["text"].startswith("附件：")]
    if not signs:
        print("sign missing")
        return
    s = signs[-1]
    print("sign_jc", full[s]["jc"], "sign_right", full[s]["right"])
    d = full[s + 1]
    print("date", d["text"], "jc", d["jc"], "right", d["right"])
    print("attach_before_sign", bool(attach) and attach[0] < s, attach[0] if attach else -1, s)
    start = (attach[0] if attach else s) - 1
    print("keep_with_next", "".join("1" if p["keep"] else "0" for p in full[start:s + 2]))


def body_font(styles, full):
    dflt = first(styles.documentElement, "docDefaults", "rPrDefault", "rPr", "rFonts")
    normal = [s for s in styles.getElementsByTagNameNS(W, "style") if attr(s, "styleId") == "Normal"][0]
    print("body_font", attr(dflt, "eastAsia"), attr(first(normal, "rPr", "rFonts"), "eastAsia"),
          attr(first(normal, "rPr", "sz"), "val"))
    body = [p for p in full if p["first_chars"]]
    print("body_paragraphs", len(body))
    print("body_overrides", sum(1 for p in body if p["fonts"] or p["sizes"]))
    print("body_indent", ",".join(sorted({p["first_chars"] + "/" + p["first"] for p in body})))
    print("body_line", ",".join(sorted({p["line"] + "/" + p["rule"] for p in body})))


def banji(doc):
    for tbl in doc.getElementsByTagNameNS(W, "tbl"):
        b = first(tbl, "tblPr", "tblBorders")
        rules = [k + "=" + attr(first(b, k), "sz") for k in ("top", "insideH", "bottom") if first(b, k) is not None]
        rows = [text(tr).replace("\t", "<TAB>") for tr in kids(tbl, "tr")]
        print("banji", " ".join(rules), "width=" + attr(first(tbl, "tblPr", "tblW"), "w"), "|".join(rows))


main()
