#!/usr/bin/env bash
# Loads a 3,000-place travel matrix in every format (OSRM, Valhalla both shapes, VROOM, long CSV)
# with the release binary and reports the time and peak memory of
# `coldroute validate NETWORK --travel-matrix FILE` (docs/benchmarks.md). BIN=path picks the binary.
# Usage: Benchmarks/matrix/run.sh [VILLAGES] [DEPOTS] [AGENCIES]   (default 2950 40 10 = 3,000 places)
set -euo pipefail
cd "$(dirname "$0")/../.."
V=${1:-2950}; D=${2:-40}; A=${3:-10}
BIN=${BIN:-.build-rel/release/coldroute}
[ -x "$BIN" ] || swift build -c release --scratch-path .build-rel --product coldroute
WORK=${WORK:-$(mktemp -d)}
"$BIN" generate --villages "$V" --depots "$D" --agencies "$A" --seed 1 --out "$WORK/net.json" >/dev/null
FILES="osrm.json m.valhalla.json m.valhalla-verbose.json m.vroom.json table.csv"
for m in $FILES; do python3 Benchmarks/matrix/make_matrix.py "$WORK/net.json" "$WORK/$m"; done
(cd "$WORK" && ls -l $FILES)
for m in $FILES; do
  echo "== $m"
  /usr/bin/time -f "wall %e s, max RSS %M KB" "$BIN" validate "$WORK/net.json" --travel-matrix "$WORK/$m"
done
