# Two entry points a fresh machine needs (Python 3.11+): `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_POST ?= Between you and me, the Part 2 papers say the depot sale is done. I will vote against the Quarry Lane application whatever the officers say.

.PHONY: demo test setup setup-dev bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet -e .

setup-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

## Set up and check an example post with the embedded default.
demo: setup
	$(BIN)/postcheck check --fail-on block "$(DEMO_POST)"

## Set up and run the whole test suite.
test: setup-dev
	$(BIN)/python -m pytest

bench: setup-dev
	$(BIN)/postcheck bench

clean:
	rm -rf $(VENV) .pytest_cache
