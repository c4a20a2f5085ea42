#!/usr/bin/env bash
# Loads a 3,000-place travel matrix in every format (OSRM, Valhalla both shapes, VROOM, long CSV)
# with the release binary and reports the time and peak memory of
# `coldroute validate NETWORK --travel-matrix FILE` (docs/benchmarks.md). COLDROUTE_BIN=path (or
# BIN=path) uses that binary, else a release build in .build-rel (Benchmarks/common.sh).
# Usage: Benchmarks/matrix/run.sh [VILLAGES] [DEPOTS] [AGENCIES]   (default 2950 40 10 = 3,000 places)
set -euo pipefail
cd "$(dirname "$0")/../.."
V=${1:-2950}; D=${2:-40}; A=${3:-10}
[[ -n "${BIN:-}" ]] && COLDROUTE_BIN="$BIN"
source Benchmarks/common.sh
coldroute_binary .build-rel
need_gnu_time
WORK=${WORK:-$(mktemp -d)}
"$BIN" generate --villages "$V" --depots "$D" --agencies "$A" --seed 1 --out "$WORK/net.json" >/dev/null
FILES="osrm.json m.valhalla.json m.valhalla-verbose.json m.vroom.json table.csv"
for m in $FILES; do python3 Benchmarks/matrix/make_matrix.py "$WORK/net.json" "$WORK/$m"; done
(cd "$WORK" && ls -l $FILES)
for m in $FILES; do
  echo "== $m"
  /usr/bin/time -f "wall %e s, max RSS %M KB" "$BIN" validate "$WORK/net.json" --travel-matrix "$WORK/$m"
done
