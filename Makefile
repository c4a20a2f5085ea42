# ColdRoute: the two set-up commands of the README are `make demo` and `make test`.
# Both install GLPK (Debian's libglpk-dev, and glpk-utils for the glpsol cross-check) when missing.

SWIFT ?= swift
NETWORK ?= networks/demo-county.json

.PHONY: deps build release demo test clean

deps:
	@bash .ci/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Plan the bundled demo county (depot siting with coverage and cost).
demo: release
	.build/release/coldroute plan $(NETWORK)

## Run the whole test suite.
test: deps
	$(SWIFT) test

clean:
	rm -rf .build
