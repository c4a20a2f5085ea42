#!/usr/bin/env bash
# Regenerates networks/demo-county.xlsx from the CSV twin networks/demo-county/ (needs python3 with venv;
# openpyxl is installed into a venv of its own, outside the repository). `--check` verifies only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${COLDROUTE_VENV:-${TMPDIR:-/tmp}/coldroute-openpyxl-venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "openpyxl==3.1.5"
fi
"$venv/bin/python" "$here/make_workbook.py" "$@" "$here/../demo-county" "$here/../demo-county.xlsx"
