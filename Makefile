# ColdRoute: the two set-up commands of the README are `make demo` and `make test`.
# Both install GLPK (Debian's libglpk-dev, and glpk-utils for the glpsol cross-check) when missing.

SWIFT ?= swift
NETWORK ?= networks/demo-county.json

.PHONY: deps build release demo test unit-tests golden fuzz fuzz-short clean

deps:
	@bash .ci/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Plan the bundled demo county (depot siting with coverage and cost).
demo: release
	.build/release/coldroute plan $(NETWORK)

## Run the whole test suite (with a local Slurm cluster for the sweep tests: .ci/slurm-local), then
## the short fuzz campaign (what .ci/run runs; fails on a test failure or on any crash, trap, hang or
## broken message the fuzzer finds).
test: unit-tests
	$(MAKE) fuzz-short

## The test suite alone (with the local Slurm cluster).
unit-tests: deps
	bash .ci/test-with-slurm $(SWIFT)

## Rewrite the golden files of `plan --seed 1 --route-iterations N --out` (Tests/ColdRouteCLITests/Golden/)
## from the current code, after an intended change of an output format; review with `git diff`.
golden: deps
	COLDROUTE_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenTests

## Fuzz every reader with libFuzzer, FUZZ_SECONDS per target (docs/robustness.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	bash Fuzz/run.sh $(FUZZ_SECONDS)

## The short campaign for CI: a debug build in .build-fuzz (gitignored), then 10 s per target, 70 s of
## fuzzing from the committed seeds (skipped where the toolchain has no libFuzzer). Debug builds faster;
## the hang limit per input is 120 s because CI machines may be loaded.
fuzz-short: deps
	COLDROUTE_FUZZ_CONFIG=debug COLDROUTE_FUZZ_TIMEOUT=120 bash Fuzz/run.sh 10

clean:
	rm -rf .build .build-fuzz
