# claimtrack: `make demo` and `make test` are all the set-up a fresh machine needs.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DB ?= demo.db
CORPORA ?= ../shared/corpora

.PHONY: install demo test check lint typecheck unit eval bench crashtest golden clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q claimtrack  # bytecode now: PYTHONDONTWRITEBYTECODE may be set
	touch $(STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/claimtrack --db $(DEMO_DB) ingest data/sources --format table
	$(BIN)/claimtrack --db $(DEMO_DB) speakers --format table
	$(BIN)/claimtrack --db $(DEMO_DB) questions --contested --format table
	$(BIN)/claimtrack --db $(DEMO_DB) contradictions --format table

lint: install
	$(BIN)/ruff check claimtrack tests benchmarks
	$(BIN)/ruff format --check claimtrack tests benchmarks

typecheck: install
	$(BIN)/mypy --strict claimtrack

unit: install
	$(BIN)/python -m pytest -q

test: lint typecheck unit crashtest

check: test

crashtest: install
	$(BIN)/python benchmarks/crash_ingest.py --files 400

eval: install
	$(BIN)/python -m claimtrack.evaluate --corpora $(CORPORA) --gold data/gold --sources data/sources

bench: install
	$(BIN)/python benchmarks/bench_extract.py --corpora $(CORPORA)
	$(BIN)/python benchmarks/bench_compare.py

golden: install
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
