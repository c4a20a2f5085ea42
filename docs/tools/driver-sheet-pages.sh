#!/usr/bin/env bash
# Prints every driver sheet of the demo plan (drivers/<vehicle>.html) to PDF in headless Chromium,
# in English and Chinese, counts the pages of each (goal: one A4 page per vehicle) and writes
# docs/driver-sheet.png and docs/driver-sheet-zh-CN.png: the printed page of the vehicle with the
# longest day (most stops). Exits 1 when a sheet prints to more than one page.
# Installs Debian's chromium, fonts-noto-cjk and poppler-utils when missing (.ci/install-deps).
# Usage: docs/tools/driver-sheet-pages.sh [path/to/coldroute] [route iterations, default 20 as the golden files]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-.build/debug/coldroute}"
iterations="${2:-20}"
bash .ci/install-deps   # chromium, CJK fonts and poppler-utils among what it installs when missing
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
over=0
for lang in en zh-CN; do
  "$bin" plan networks/demo-county.json --seed 1 --route-iterations "$iterations" --quiet --lang "$lang" --out "$out/$lang" >/dev/null
  longest="" most=-1
  printf '%-6s %-16s %5s %6s  %s\n' lang vehicle stops pages size
  for sheet in "$out/$lang"/drivers/*.html; do
    vehicle="$(basename "$sheet" .html)"
    [ "$vehicle" = index ] && continue
    chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$out/profile" \
      --print-to-pdf="$out/$lang-$vehicle.pdf" "file://$sheet" >/dev/null 2>&1
    pages="$(pdfinfo "$out/$lang-$vehicle.pdf" | awk '/^Pages:/ {print $2}')"
    stops="$(grep -c '<tr><td class="num">' "$sheet" || true)"
    size="$(grep -o '<section class="sheet[^"]*"' "$sheet" | sed 's/.*sheet *//; s/"//; s/^$/normal/')"
    printf '%-6s %-16s %5s %6s  %s\n' "$lang" "$vehicle" "$stops" "$pages" "$size"
    [ "$pages" -le 1 ] || over=1
    if [ "$stops" -gt "$most" ]; then most="$stops"; longest="$vehicle"; fi
  done
  suffix=""; [ "$lang" = en ] || suffix="-$lang"
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$out/$lang-$longest.pdf" "docs/driver-sheet$suffix"
  echo "docs/driver-sheet$suffix.png: $longest ($most stops)"
done
# Smaller files for the repository (palette), when Python has Pillow.
python3 - <<'PY' 2>/dev/null || true
from PIL import Image
for f in ["docs/driver-sheet.png", "docs/driver-sheet-zh-CN.png"]:
    Image.open(f).convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(f, optimize=True)
PY
if [ "$over" -ne 0 ]; then echo "a driver sheet prints to more than one page" >&2; exit 1; fi
echo "every driver sheet prints on one page"
