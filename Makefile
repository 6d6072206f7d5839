# Two entry points a fresh machine needs (Python 3.11+): `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_POST ?= Between you and me, the Part 2 papers say the depot sale is done. I will vote against the Quarry Lane planning application whatever the officers say.

.PHONY: demo test test-fast setup setup-dev system-deps bench readme-rules wheel eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet -e .

setup-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

## Debian's chromium (browser tests) and postgresql (PostgreSQL store tests),
## when this is a Debian machine and we are root; otherwise those tests skip.
system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=""; \
	  [ -x /usr/bin/chromium ] || missing="$$missing chromium fonts-liberation"; \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing Debian packages:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	      || echo "could not install$$missing; those tests will skip"; \
	  fi; \
	fi

## Set up and check an example post with the embedded default.
demo: setup
	$(BIN)/postcheck check --fail-on block "$(DEMO_POST)"

## Set up and run the whole test suite.
test: system-deps setup-dev
	$(BIN)/python -m pytest

## The fast lane while working: everything but the tests marked slow (a browser,
## servers run as processes or under load, CLIs run as processes, clusters,
## databases, wheels, kill -9, the notebook, whole-corpus evaluations).
test-fast: setup-dev
	$(BIN)/python -m pytest -m "not slow" -q

## Per-post latency against one spaCy parse (benchmarks/ is not in the wheel; see README, Speed).
bench: setup
	$(BIN)/python benchmarks/speed.py

## Rewrite README.md's rule table as `postcheck rules --format markdown` prints it (a test checks it).
readme-rules: setup
	$(BIN)/python tools/readme_rules.py

## Build the wheel a user installs (rule pack, lexicons and model inside) into dist/.
wheel: $(BIN)/python
	$(BIN)/pip wheel . --no-deps -w dist

clean:
	rm -rf $(VENV) .pytest_cache
