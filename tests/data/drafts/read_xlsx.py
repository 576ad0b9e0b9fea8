"""Print what a clerk would check in an exported workbook, one fact per line
(SHEET is the sheet's name):
  sheet SHEET · title SHEET <row 1> · header SHEET a|b|... (row 2)
  freeze SHEET A3 · filter SHEET A2:N402
  rows SHEET n (data rows: between the header and the 合计 row)
  types SHEET str|datetime|... · row1 SHEET values of the first data row
  totals SHEET <col letter>=<formula>|... (the 合计 row; none when absent)
  totalvals SHEET <header>=<value>|... (the values stored with those formulas)
  print SHEET orientation=landscape paper=9 fitToWidth=1 fitToHeight=0 fitToPage=True
        (fitToWidth absent from the file is the OOXML default, 1)
        titles=2:2 footer=<centre text> margins=l,r,t,b
  height SHEET <tallest data row in points, 0 when none is set>
  wrapped SHEET <data rows with a line break in some cell and a height set for it>/<rows with a line break>
  chart SHEET <anchor row> (1-based, one line per chart)
  col SHEET <header>=<width>|... · charts N (in the whole file)
Usage: read_xlsx.py FILE"""
import sys
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter

path = sys.argv[1]
wb = openpyxl.load_workbook(path)
values = openpyxl.load_workbook(path, data_only=True)


def totals_row(ws):
    for r in range(ws.max_row, 2, -1):
        if any(c.value == "合计" for c in ws[r]):
            return r
    return None


for ws in wb:
    t = ws.title
    print("sheet", t)
    print("title", t, ws["A1"].value)
    print("header", t, "|".join(str(c.value) for c in ws[2]))
    print("freeze", t, ws.freeze_panes)
    print("filter", t, ws.auto_filter.ref)
    tot = totals_row(ws)
    last = (tot - 1) if tot else ws.max_row
    print("rows", t, max(0, last - 2))
    if last >= 3:
        print("types", t, "|".join(type(c.value).__name__ for c in ws[3]))
        print("row1", t, "|".join("" if c.value is None else str(c.value) for c in ws[3]))
    if tot:
        cells = [c for c in ws[tot] if isinstance(c.value, str) and c.value.startswith("=")]
        print("totals", t, "|".join("%s=%s" % (c.column_letter, c.value) for c in cells))
        print("totalvals", t, "|".join("%s=%s" % (ws.cell(2, c.column).value, values[t].cell(tot, c.column).value)
                                       for c in cells))
    else:
        print("totals", t, "none")
    ps = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None
    m = ws.page_margins
    print("print", t, "orientation=%s paper=%s fitToWidth=%s fitToHeight=%s fitToPage=%s titles=%s footer=%s margins=%s,%s,%s,%s"
          % (ps.orientation, ps.paperSize, 1 if ps.fitToWidth is None else ps.fitToWidth, ps.fitToHeight, fit, ws.print_title_rows,
             ws.oddFooter.center.text, m.left, m.right, m.top, m.bottom))
    heights = [ws.row_dimensions[r].height or 0 for r in range(3, last + 1)]
    print("height", t, max(heights) if heights else 0)
    multi = [r for r in range(3, last + 1)
             if any(isinstance(c.value, str) and "\n" in c.value for c in ws[r])]
    tall = [r for r in multi if (ws.row_dimensions[r].height or 0) > 20]
    print("wrapped", t, "%d/%d" % (len(tall), len(multi)))
    for ch in ws._charts:
        print("chart", t, ch.anchor._from.row + 1)
    print("col", t, "|".join("%s=%.0f" % (ws.cell(2, i).value, ws.column_dimensions[get_column_letter(i)].width or 0)
                             for i in range(1, ws.max_column + 1)))
with zipfile.ZipFile(path) as z:
    print("charts", sum(1 for n in z.namelist() if n.startswith("xl/charts/chart")))
