#!/usr/bin/env bash
# Loads a 3,000-place travel matrix (OSRM JSON and long CSV) with the release binary and reports
# the time and peak memory of `coldroute validate NETWORK --travel-matrix FILE` (docs/benchmarks.md).
# Usage: Benchmarks/matrix/run.sh [VILLAGES] [DEPOTS] [AGENCIES]   (default 2950 40 10 = 3,000 places)
set -euo pipefail
cd "$(dirname "$0")/../.."
V=${1:-2950}; D=${2:-40}; A=${3:-10}
BIN=.build/release/coldroute
[ -x "$BIN" ] || swift build -c release --product coldroute
WORK=${WORK:-$(mktemp -d)}
"$BIN" generate --villages "$V" --depots "$D" --agencies "$A" --seed 1 --out "$WORK/net.json" >/dev/null
python3 Benchmarks/matrix/make_matrix.py "$WORK/net.json" "$WORK/osrm.json"
python3 Benchmarks/matrix/make_matrix.py "$WORK/net.json" "$WORK/table.csv"
ls -l "$WORK/osrm.json" "$WORK/table.csv"
for m in osrm.json table.csv; do
  echo "== $m"
  /usr/bin/time -f "wall %e s, max RSS %M KB" "$BIN" validate "$WORK/net.json" --travel-matrix "$WORK/$m"
done
