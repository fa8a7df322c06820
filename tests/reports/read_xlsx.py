#!/usr/bin/python3
# Reads an XLSX back with openpyxl (a real reader, not ours) and prints what
# tst_reports compares as JSON: per sheet its rows, the typed cells of the
# first rows (value, type, number format, date or not, bold), every value and
# type, freeze panes, autofilter, charts and column widths.
#   read_xlsx.py FILE [--light]   (--light: names and row counts only, read-only mode)
import datetime
import json
import sys

import openpyxl


def cell(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        v = v.isoformat(sep=" ")
    return {"value": v, "type": c.data_type, "format": c.number_format, "is_date": c.is_date, "bold": bool(c.font and c.font.b)}


def ref(data):
    # A series' categories or values as the formula it reads ('Summary'!$A$9:$A$17).
    if data is None:
        return None
    for kind in ("strRef", "numRef"):
        r = getattr(data, kind, None)
        if r is not None:
            return r.f
    return None


def main():
    path = sys.argv[1]
    light = "--light" in sys.argv
    wb = openpyxl.load_workbook(path, read_only=light)
    out = []
    for ws in wb.worksheets:
        if light:
            out.append({"name": ws.title, "max_row": sum(1 for _ in ws.iter_rows(values_only=True))})
            continue
        rows = list(ws.iter_rows())
        sheet = {
            "name": ws.title,
            "max_row": len(rows),
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "charts": len(ws._charts),
            "chart_series": [[{"cat": ref(se.cat), "val": ref(se.val)} for se in ch.series] for ch in ws._charts],
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "head": [[cell(c) for c in r] for r in rows[:4]],
            "values": [[c.value if not isinstance(c.value, datetime.datetime) else c.value.isoformat(sep=" ") for c in r] for r in rows],
            "types": [[c.data_type for c in r] for r in rows],
        }
        out.append(sheet)
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


main()
