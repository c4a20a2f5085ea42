# ColdRoute: the two set-up commands of the README are `make demo` and `make test`.
# Both install GLPK (Debian's libglpk-dev, and glpk-utils for the glpsol cross-check) when missing.

SWIFT ?= swift
NETWORK ?= networks/demo-county.json

.PHONY: deps build release demo test fuzz fuzz-short clean

deps:
	@bash .ci/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Plan the bundled demo county (depot siting with coverage and cost).
demo: release
	.build/release/coldroute plan $(NETWORK)

## Run the whole test suite (with a local Slurm cluster for the sweep tests: .ci/slurm-local).
test: deps
	bash .ci/test-with-slurm $(SWIFT)

## Fuzz every reader with libFuzzer, FUZZ_SECONDS per target (docs/robustness.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	bash Fuzz/run.sh $(FUZZ_SECONDS)

## The short campaign for CI: 10 s per target, 70 s of fuzzing after the build (skipped without libFuzzer).
fuzz-short: deps
	bash Fuzz/run.sh 10

clean:
	rm -rf .build
