#!/usr/bin/env bash
# Renders report.html of the bundled scenarios in headless Chromium and writes the screenshots in
# docs/: report-screenshot.png (English, screen), report-screenshot-zh-CN.png (Chinese, COLDROUTE_LANG=zh-CN) and report-print.png (first page of the print layout, via --print-to-pdf and
# pdftoppm). Installs Debian's chromium, fonts-noto-cjk and poppler-utils when missing (.ci/install-deps).
# Usage: docs/tools/report-screenshots.sh [path/to/coldroute]   (default .build/debug/coldroute)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-.build/debug/coldroute}"
bash .ci/install-deps   # chromium, CJK fonts and poppler-utils among what it installs when missing
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$bin" compare scenarios/*.toml --out "$out/en" --seed 1 --route-iterations 200 -q
shot() {  # html png height
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1400,"$3" --screenshot="$2" "file://$1" 2>/dev/null
}
shot "$out/en/report.html" docs/report-screenshot.png 4200
COLDROUTE_LANG=zh-CN "$bin" compare scenarios/*.toml --out "$out/zh" --seed 1 --route-iterations 200 -q
shot "$out/zh/report.html" docs/report-screenshot-zh-CN.png 4200
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/report.pdf" \
  "file://$out/en/report.html" 2>/dev/null
pdftoppm -png -r 60 -f 1 -l 3 "$out/report.pdf" "$out/page"
cp "$out/page-1.png" docs/report-print.png 2>/dev/null || cp "$out"/page-*1.png docs/report-print.png
ls -l docs/report-screenshot*.png docs/report-print.png
# Smaller files for the repository (256-colour palette), when Python has Pillow.
python3 - <<'PY' 2>/dev/null || true
from PIL import Image
for f in ["docs/report-screenshot.png", "docs/report-screenshot-zh-CN.png"]:
    Image.open(f).convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(f, optimize=True)
PY
