# reportage: `make` builds the dataset in out/ from seeds/; `make help` lists the targets.
# No built-in implicit rules: with them, make tries RCS/SCCS/suffix rules for every input file,
# and a no-op over 20,000 articles takes seconds instead of milliseconds.
MAKEFLAGS += --no-builtin-rules
.SUFFIXES:

SEEDS ?= seeds
OUT ?= out
SHARED ?= ../shared
NODE ?= node
# STRICT=1: a run that published but rejected some input files (exit 1) fails make too.
STRICT ?=
# SITE=0: no browsable report (site/); make writes it whatever the size of the corpus otherwise.
SITE ?= 1
# What `make regenerate` runs after `make check` (the test suite; its own test sets this to skip).
REGENERATE_TESTS ?= $(MAKE) test
# The browser the site test drives (Debian's chromium; installed by `make test` when missing).
CHROMIUM ?= /usr/bin/chromium

SOURCES := $(shell find pipeline schemas -name '*.ts' 2>/dev/null) tsconfig.json package.json
DEPS := node_modules/.package-lock.json
BUILD := dist/.built
# A stamp per (input, output) pair, named by a hash of both absolute paths, so paths with spaces
# never appear in a rule. out/ itself holds data only.
KEY := $(shell printf '%s\n%s' "$$(realpath -m -- '$(SEEDS)')" "$$(realpath -m -- '$(OUT)')" | sha256sum | cut -c1-16)
STAMP := .cache/make/$(KEY).stamp
# The input files as one listing (path, size, mtime), rewritten only when it changes: the stamp
# depends on it, so adding, editing or removing any input file (in any subfolder) reruns the
# pipeline, and names with spaces are fine.
INPUT_LIST := .cache/make/$(KEY).inputs
_ := $(shell mkdir -p .cache/make && find '$(SEEDS)' -printf '%P\t%s\t%T@\n' 2>/dev/null | LC_ALL=C sort > '$(INPUT_LIST).new' && \
  { cmp -s '$(INPUT_LIST).new' '$(INPUT_LIST)' && rm -f '$(INPUT_LIST).new' || mv -f '$(INPUT_LIST).new' '$(INPUT_LIST)'; })
# A missing or incomplete output folder (no marker or no datapackage.json) is rebuilt, stamp or not.
OUT_COMPLETE := $(shell test -f '$(OUT)/.reportage-output' && test -f '$(OUT)/datapackage.json' && echo yes)
ifneq ($(OUT_COMPLETE),yes)
.PHONY: $(STAMP)
endif

.PHONY: all help test check eval bench fixtures clean docs report regenerate browser
.DEFAULT_GOAL := all

all: $(STAMP) ## Build the dataset: $(OUT)/ from $(SEEDS)/, with its site $(OUT)/site/ (installs and compiles when needed)

report: all ## Build the browsable report $(OUT)/site/index.html (part of every build)
	@echo "report: open $(OUT)/site/index.html"

help: ## List the targets, with the values in force
	@echo "make [target] [SEEDS=dir] [OUT=dir] [STRICT=1]   (now SEEDS=$(SEEDS), OUT=$(OUT), SHARED=$(SHARED))"
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | \
	  awk -v out='$(OUT)' -v seeds='$(SEEDS)' -v shared='$(SHARED)' '{ gsub(/\$$\(OUT\)/, out); gsub(/\$$\(SEEDS\)/, seeds); gsub(/\$$\(SHARED\)/, shared); print }' | expand -t 12

$(DEPS): package.json $(wildcard package-lock.json)
	@if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
	@touch $@

$(BUILD): $(DEPS) $(SOURCES)
	@rm -rf dist
	npx tsc -p tsconfig.json
	@touch $@

# Exit 1 (published, some input files rejected) is success unless STRICT is set; 2 is failure.
$(STAMP): $(BUILD) $(INPUT_LIST)
	@rc=0; $(NODE) dist/pipeline/cli.js --in "$(SEEDS)" --out "$(OUT)" $(if $(filter 0,$(SITE)),--no-site,--site) || rc=$$?; \
	if [ $$rc -eq 1 ] && [ -z "$(STRICT)" ]; then echo "make: published; some input files were rejected (listed above; STRICT=1 makes this fail)"; rc=0; fi; \
	[ $$rc -eq 0 ] || exit $$rc
	@mkdir -p $(dir $@) && touch $@

test: $(BUILD) browser ## Run the test suite (installs and compiles what it needs, and Chromium for the site test)
	CHROMIUM='$(CHROMIUM)' npx vitest run

# The site test needs a real browser: Debian's chromium, installed here when missing and root.
browser:
	@if [ ! -x '$(CHROMIUM)' ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "make: installing chromium (Debian) for the site test"; \
	    export DEBIAN_FRONTEND=noninteractive; (apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium; }); \
	  else echo "make: no browser at $(CHROMIUM): install Debian's chromium, or give CHROMIUM=/path/to/chrome"; exit 1; fi; \
	fi

check: $(BUILD) ## Typecheck, then validate $(OUT)/ against the schemas and the provenance invariants
	npx tsc -p tsconfig.json --noEmit
	$(NODE) dist/pipeline/check.js "$(OUT)"

# Fails closed: any step that fails stops here, before the commit.
regenerate: ## CI: make, make check, the tests; commit $(OUT)/ (with its change report) only when it changed
	$(MAKE) all
	$(MAKE) check
	$(REGENERATE_TESTS)
	@git add -A -- "$(OUT)"; \
	if git diff --cached --quiet -- "$(OUT)"; then echo "regenerate: $(OUT)/ unchanged; nothing to commit"; \
	else git commit -q -m "data: regenerate ($$($(NODE) dist/pipeline/changes.js summary "$(OUT)/changes.json"))" -- "$(OUT)" && git log -1 --format='regenerate: committed %h %s'; fi

eval: $(STAMP) ## Score against every gold set in $(SHARED)/eval (seeds = $(OUT)/; the others on their own folders); skipped when absent
	$(NODE) dist/pipeline/eval.js --shared '$(SHARED)' --out "$(OUT)"
	$(NODE) dist/pipeline/eval-storylines.js --shared '$(SHARED)'

bench: $(BUILD) ## Benchmark the pipeline (synthetic corpus; BBC corpus when $(SHARED)/corpora is here)
	$(NODE) dist/pipeline/bench.js --shared "$(SHARED)"

fixtures: $(BUILD) ## Rewrite the fixture goldens (review the diff!)
	UPDATE=1 npx vitest run

clean: ## Remove build output and caches ($(OUT)/ is data and stays)
	rm -rf dist .cache bench-results

docs: $(BUILD) ## Rewrite the README data dictionary from the schemas
	$(NODE) dist/pipeline/docs.js README.md
