#!/usr/bin/env bash
# Times `coldroute import-osm` (release build) on a synthetic 100,000-way extract over a generated
# 2,000-village county, with peak memory from /usr/bin/time -v (docs/benchmarks.md).
# COLDROUTE_BIN=path uses that binary, else a release build in .build (Benchmarks/common.sh).
# Usage: Benchmarks/osm/run.sh [WAYS] [VILLAGES]
set -euo pipefail
cd "$(dirname "$0")/../.."
WAYS=${1:-100000}; V=${2:-2000}
source Benchmarks/common.sh
coldroute_binary
need_gnu_time
WORK=${WORK:-$(mktemp -d)}
"$BIN" generate --villages "$V" --depots 30 --agencies 5 --seed 1 --out "$WORK/net.json" 2>/dev/null
python3 Benchmarks/osm/make_extract.py "$WORK/net.json" "$WORK/extract.osm" "$WAYS"
ls -l "$WORK/extract.osm"
/usr/bin/time -v "$BIN" import-osm "$WORK/extract.osm" --network "$WORK/net.json" --out "$WORK/net-osm.json" 2>&1 \
  | grep -E "read |added |wrote |Elapsed|Maximum resident|error"
if command -v osmium >/dev/null; then
  osmium cat "$WORK/extract.osm" -o "$WORK/extract.osm.pbf" --overwrite
  /usr/bin/time -v "$BIN" import-osm "$WORK/extract.osm.pbf" --network "$WORK/net.json" --out "$WORK/net-osm2.json" 2>&1 \
    | grep -E "wrote |Elapsed|Maximum resident|error"
fi
