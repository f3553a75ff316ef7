# reportage: `make` builds the dataset in out/ from seeds/; `make help` lists the targets.
# No built-in implicit rules: with them, make tries RCS/SCCS/suffix rules for every input file,
# and a no-op over 20,000 articles takes seconds instead of milliseconds.
MAKEFLAGS += --no-builtin-rules
.SUFFIXES:

SEEDS ?= seeds
OUT ?= out
SHARED ?= ../shared
NODE ?= node

SOURCES := $(shell find pipeline schemas -name '*.ts' 2>/dev/null) tsconfig.json package.json
INPUTS := $(shell find $(SEEDS) -type f 2>/dev/null)
# Every input folder: removing a file changes its folder's mtime, also in a subfolder.
INPUT_DIRS := $(shell find $(SEEDS) -type d 2>/dev/null)
DEPS := node_modules/.package-lock.json
BUILD := dist/.built
# A stamp per output folder, written only after a run that read every file; out/ itself holds data only.
STAMP := .cache/make/$(subst /,_,$(abspath $(OUT))).stamp

.PHONY: all help test check eval bench fixtures clean docs
.DEFAULT_GOAL := all

all: $(STAMP) ## Build the dataset: $(OUT)/ from $(SEEDS)/ (installs dependencies and compiles when needed)

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12

$(DEPS): package.json $(wildcard package-lock.json)
	@if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
	@touch $@

$(BUILD): $(DEPS) $(SOURCES)
	@rm -rf dist
	npx tsc -p tsconfig.json
	@touch $@

$(STAMP): $(BUILD) $(INPUTS) $(INPUT_DIRS)
	$(NODE) dist/pipeline/cli.js --in $(SEEDS) --out $(OUT)
	@mkdir -p $(dir $@) && touch $@

test: $(BUILD) ## Run the test suite (installs and compiles what it needs)
	npx vitest run

check: $(BUILD) ## Typecheck, then validate $(OUT)/ against the schemas and the provenance invariants
	npx tsc -p tsconfig.json --noEmit
	$(NODE) dist/pipeline/check.js $(OUT)

eval: $(STAMP) ## Score against every gold set in $(SHARED)/eval (seeds = $(OUT)/; the others on their own folders); skipped when absent
	$(NODE) dist/pipeline/eval.js --shared $(SHARED) --out $(OUT)

bench: $(BUILD) ## Benchmark the pipeline (synthetic corpus; BBC corpus when $(SHARED)/corpora is here)
	$(NODE) dist/pipeline/bench.js --shared $(SHARED)

fixtures: $(BUILD) ## Rewrite the fixture goldens (review the diff!)
	UPDATE=1 npx vitest run

clean: ## Remove build output and caches (out/ is data and stays)
	rm -rf dist .cache bench-results

docs: $(BUILD) ## Rewrite the README data dictionary from the schemas
	$(NODE) dist/pipeline/docs.js README.md
