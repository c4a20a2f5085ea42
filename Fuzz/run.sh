#!/usr/bin/env bash
# Coverage-guided fuzzing of every ColdRoute reader with libFuzzer (docs/robustness.md).
#
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Targets: network-json network-csv scenario route-sheet vroom orlib solomon mtvrptw matrix-json matrix-csv
# (default: all).
# Builds the `coldroute-fuzz` target (only defined when COLDROUTE_FUZZ=1, see Package.swift) with
# `-sanitize=fuzzer` in its own scratch folder .build-fuzz (gitignored), then runs each target for the given
# time (default 60 s) from the seeds in Fuzz/corpus/<target> plus what earlier runs found in
# .build-fuzz/corpus/<target>. A crash, trap, hang (30 s per input; the machine may be shared) or broken message is saved under
# .build-fuzz/artifacts/<target>/ and makes the script exit 1.
# Where the toolchain has no libFuzzer runtime the script says so and exits 0 (skipped).
# COLDROUTE_FUZZ_CONFIG=debug builds in debug (faster to build, ~10x fewer inputs per second);
# COLDROUTE_FUZZ_NO_BUILD=1 reuses an existing binary; COLDROUTE_FUZZ_TIMEOUT=S sets the hang limit
# per input (default 30 s; the CI campaign uses 120 s, a debug build on a loaded machine is slow).
set -u
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(network-json network-csv scenario route-sheet vroom orlib solomon mtvrptw matrix-json matrix-csv)
SCRATCH=.build-fuzz
CONFIG="${COLDROUTE_FUZZ_CONFIG:-release}"   # release: ~10x more inputs per second than debug
TIMEOUT="${COLDROUTE_FUZZ_TIMEOUT:-30}"      # seconds one input may take before it counts as a hang
mkdir -p "$SCRATCH"

if ! echo 'int LLVMFuzzerTestOneInput(const char *d, long n) { return 0; }' > /tmp/coldroute-fuzz-probe.c \
   || ! clang -fsanitize=fuzzer /tmp/coldroute-fuzz-probe.c -o /tmp/coldroute-fuzz-probe >/dev/null 2>&1; then
    # swiftc uses the same runtime as clang; try it directly before giving up.
    printf '@_cdecl("LLVMFuzzerTestOneInput") public func f(_ d: UnsafePointer<UInt8>?, _ n: Int) -> CInt { 0 }\n' > /tmp/coldroute-fuzz-probe.swift
    if ! swiftc -sanitize=fuzzer -parse-as-library /tmp/coldroute-fuzz-probe.swift -o /tmp/coldroute-fuzz-probe >/dev/null 2>&1; then
        echo "fuzz: skipped: this toolchain has no libFuzzer runtime (swiftc -sanitize=fuzzer fails)"
        exit 0
    fi
fi

BIN="$SCRATCH/$CONFIG/coldroute-fuzz"
if [ -n "${COLDROUTE_FUZZ_NO_BUILD:-}" ] && [ -x "$BIN" ]; then
    echo "fuzz: using the existing $BIN (COLDROUTE_FUZZ_NO_BUILD)"
else
echo "fuzz: building coldroute-fuzz (-c $CONFIG -sanitize=fuzzer) in $SCRATCH"
if ! COLDROUTE_FUZZ=1 swift build -c "$CONFIG" --scratch-path "$SCRATCH" -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing \
        --product coldroute-fuzz >"$SCRATCH/build.log" 2>&1; then
    tail -20 "$SCRATCH/build.log"
    echo "fuzz: build failed (log: $SCRATCH.log)"
    exit 1
fi
fi

failed=0
for target in "${TARGETS[@]}"; do
    work="$SCRATCH/corpus/$target" artifacts="$SCRATCH/artifacts/$target/"
    mkdir -p "$work" "$artifacts"
    network=networks/tiny.json
    [ "$target" = scenario ] && network=networks/demo-county.json
    log="$SCRATCH/$target.log"
    # SWIFT_BACKTRACE off: Swift's backtracer would catch the trap before libFuzzer saves the input.
    SWIFT_BACKTRACE=enable=no COLDROUTE_FUZZ_TARGET="$target" COLDROUTE_FUZZ_NETWORK="$network" "$BIN" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout="$TIMEOUT" -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "Fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    runs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    cov=$(grep -a -o 'cov: [0-9]*' "$log" | tail -1)
    if [ $status -eq 0 ]; then
        echo "fuzz: $target: ok, ${runs:-?} inputs in ${SECONDS_PER_TARGET} s, $cov"
    else
        failed=1
        echo "fuzz: $target: FOUND A PROBLEM (exit $status), input saved in $artifacts; log $log:"
        grep -a -E 'FINDING|Fatal error|ERROR: libFuzzer|SUMMARY|deadly signal|timeout' "$log" | head -5
    fi
done
exit $failed
