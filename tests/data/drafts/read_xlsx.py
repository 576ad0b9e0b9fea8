"""Print what a clerk would check in an exported workbook, one fact per line:
sheet names, header, frozen pane, autofilter, row count, cell types of row 2,
and the number of charts. Usage: read_xlsx.py FILE"""
import sys
import zipfile

import openpyxl

path = sys.argv[1]
wb = openpyxl.load_workbook(path)
for ws in wb:
    print("sheet", ws.title)
    print("header", ws.title, "|".join(str(c.value) for c in ws[1]))
    print("freeze", ws.title, ws.freeze_panes)
    print("filter", ws.title, ws.auto_filter.ref)
    print("rows", ws.title, ws.max_row - 1)
    if ws.max_row > 1:
        print("types", ws.title, "|".join(type(c.value).__name__ for c in ws[2]))
        print("row2", ws.title, "|".join("" if c.value is None else str(c.value) for c in ws[2]))
with zipfile.ZipFile(path) as z:
    print("charts", sum(1 for n in z.namelist() if n.startswith("xl/charts/chart")))
