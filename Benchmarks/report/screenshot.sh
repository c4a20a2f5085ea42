#!/usr/bin/env bash
# Renders the scenario-comparison report in headless Chromium and checks the picture is not blank.
#
#   Benchmarks/report/screenshot.sh                  # compare scenarios/*.toml, screenshot the report
#   Benchmarks/report/screenshot.sh REPORT.html PNG  # screenshot an existing report
#
# Without arguments it builds coldroute (release), runs `coldroute compare scenarios/*.toml --out
# Benchmarks/out/report` and writes Benchmarks/out/report/report.png; copy it to
# docs/report-screenshot.png when the README's picture should change (`--update-docs` does that).
# COLDROUTE=path/to/coldroute skips the build; SCRATCH=dir sets its scratch path.
# SIZE=W,H sets the window (default 1400,2000). Installs chromium with apt-get when it is missing. Exits 1 when the PNG is missing or blank.
set -euo pipefail
cd "$(dirname "$0")/../.."

update_docs=0
if [[ "${1:-}" == "--update-docs" ]]; then update_docs=1; shift; fi

if [[ $# -ge 1 ]]; then
    report="$1"
    png="${2:-${report%.html}.png}"
else
    out=Benchmarks/out/report
    mkdir -p "$out"
    coldroute="${COLDROUTE:-}"
    if [[ -z "$coldroute" ]]; then
        scratch="${SCRATCH:-.build}"
        swift build -c release --scratch-path "$scratch" --product coldroute >&2
        coldroute="$scratch/release/coldroute"
    fi
    "$coldroute" compare scenarios/*.toml --out "$out" > "$out.txt"
    cat "$out.txt"
    report="$out/report.html"
    png="$out/report.png"
fi

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$browser" ]]; then
    echo "installing chromium…" >&2
    apt-get update -qq >&2 && apt-get install -y -qq chromium >&2
    browser=$(command -v chromium)
fi

rm -f "$png"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="${SIZE:-1400,2000}" \
    --screenshot="$png" "file://$(realpath "$report")" 2>/dev/null >&2 || true

python3 - "$png" <<'PY'
"""Checks a PNG: exists, > 20 KB, and at least 5 % of its pixels are not near-white (stdlib only)."""
import struct, sys, zlib

path = sys.argv[1]
try:
    data = open(path, "rb").read()
except OSError:
    sys.exit(f"{path}: no screenshot was written")
if len(data) < 20_000:
    sys.exit(f"{path}: only {len(data)} bytes: the page is probably blank")
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG layout"
        channels = 3 if colour == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * channels
previous = bytearray(stride)
ink = total = 0
for y in range(height):
    start = y * (stride + 1)
    kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b = previous[i]
        c = previous[i - channels] if i >= channels else 0
        if kind == 1: line[i] = (line[i] + a) & 255
        elif kind == 2: line[i] = (line[i] + b) & 255
        elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    previous = line
    if y % 4: continue                     # sample every 4th row: enough, and fast
    for x in range(0, stride, channels * 4):
        total += 1
        if min(line[x], line[x + 1], line[x + 2]) < 230: ink += 1
share = ink / max(1, total)
print(f"{path}: {width}×{height}, {len(data) // 1024} KB, {share:.1%} of sampled pixels not white")
if share < 0.05:
    sys.exit(f"{path}: the page looks blank")
PY

if [[ $update_docs -eq 1 ]]; then cp "$png" docs/report-screenshot.png && echo "updated docs/report-screenshot.png" >&2; fi
