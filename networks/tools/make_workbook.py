"""Writes a network's CSV twin folder as an Excel workbook (.xlsx): one sheet per CSV table, named
like the file without `.csv`, the header in row 1 — the layout `NetworkWorkbookReader` reads
(docs/network-format.md, "Excel workbook").

    python3 networks/tools/make_workbook.py networks/demo-county networks/demo-county.xlsx
    python3 networks/tools/make_workbook.py --check networks/demo-county networks/demo-county.xlsx

Cells are typed as a spreadsheet user would type them: numbers as numbers, `true`/`false` as
booleans, everything else (ids, names, times of day such as `06:30`) as text. Needs openpyxl:
run through networks/tools/workbook.sh, which makes a venv for it. `--check` re-reads the workbook
and verifies that every sheet holds exactly the CSV file's cells (same text once numbers and
booleans are spelled back the CSV way); it writes nothing.
"""

import csv
import datetime
import os
import sys

import openpyxl

# Sheet order: the order a user reads the tables in (other CSV files, if any, follow by name).
ORDER = ["network", "products", "villages", "supply", "depots", "agencies", "vehicle_types", "junctions", "roads"]
# Text even when it looks like a number (ids such as "7", times of day).
TEXT_COLUMNS = {"id", "name", "format", "coordinates", "status", "readyTime", "pickupStart", "pickupEnd",
                "receivingOpen", "receivingClose", "cutoff", "from", "to", "homeDepot", "village", "product"}


def typed(column, text):
    if text == "" or column in TEXT_COLUMNS or column.startswith("_") or column.startswith("comment"):
        return text if text != "" else None
    if text in ("true", "false"):
        return text == "true"
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def spelled(value):
    """A cell's value spelled the way the CSV twin spells it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def norm(text):
    """A cell's text for comparison: numbers by value (the CSV's `14.0` is the workbook's 14)."""
    text = text.strip()
    try:
        return repr(float(text))
    except ValueError:
        return text


def tables(folder):
    names = [n[:-4] for n in os.listdir(folder) if n.endswith(".csv")]
    return sorted(names, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [row for row in csv.reader(f)]


def write(folder, out):
    book = openpyxl.Workbook()
    book.remove(book.active)
    # Fixed document dates, so re-running changes no cell and no property.
    stamp = datetime.datetime(2026, 1, 1)
    book.properties.created = stamp
    book.properties.modified = stamp
    for name in tables(folder):
        rows = read_csv(os.path.join(folder, name + ".csv"))
        sheet = book.create_sheet(title=name)
        header = rows[0]
        sheet.append(header)
        for row in rows[1:]:
            if not any(cell.strip() for cell in row):
                continue
            sheet.append([typed(header[i] if i < len(header) else "", cell) for i, cell in enumerate(row)])
        for i, column in enumerate(header):
            sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = max(10, min(40, len(column) + 4))
        sheet.freeze_panes = "A2"
    book.save(out)


def check(folder, out):
    book = openpyxl.load_workbook(out, read_only=True, data_only=True)
    problems = []
    if book.sheetnames != tables(folder):
        problems.append(f"sheets {book.sheetnames} != tables {tables(folder)}")
    for name in tables(folder):
        if name not in book.sheetnames:
            continue
        want = [row for row in read_csv(os.path.join(folder, name + ".csv")) if any(c.strip() for c in row)]
        got = [[spelled(v) for v in row] for row in book[name].iter_rows(values_only=True)]
        got = [row + [""] * (len(w) - len(row)) for row, w in zip(got, want)] + got[len(want):]
        if [[norm(c) for c in r] for r in want] != [[norm(c) for c in r] for r in got]:
            problems.append(f"sheet {name} differs from {name}.csv")
    for p in problems:
        print(f"{out}: {p}", file=sys.stderr)
    return not problems


if __name__ == "__main__":
    args = sys.argv[1:]
    checking = "--check" in args
    args = [a for a in args if a != "--check"]
    if len(args) != 2:
        sys.exit("usage: make_workbook.py [--check] CSV_FOLDER OUT.xlsx")
    if checking:
        sys.exit(0 if check(*args) else 1)
    write(*args)
    if not check(*args):
        sys.exit(1)
