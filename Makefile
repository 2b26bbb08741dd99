# claimtrack: `make demo` and `make test` are all the set-up a fresh machine needs.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
NATIVE_STAMP := $(VENV)/.native-stamp
# Sources compiled by mypyc (setup.py lists them exactly; this is a superset, to rebuild on change).
NATIVE := $(wildcard claimtrack/extract/*.py claimtrack/compare/*.py) claimtrack/resolve.py claimtrack/clean.py setup.py
DEMO_DB ?= demo.db
CORPORA ?= ../shared/corpora

.PHONY: install demo test check lint typecheck unit eval bench crashtest golden clean

install: $(STAMP) $(NATIVE_STAMP)

# The editable install also compiles the hot modules with mypyc (setup.py; CLAIMTRACK_PURE=1 skips).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q claimtrack  # bytecode now: PYTHONDONTWRITEBYTECODE may be set
	touch $(STAMP) $(NATIVE_STAMP)

# A compiled module shadows its source: rebuild the extensions whenever a compiled source changes.
$(NATIVE_STAMP): $(NATIVE) | $(STAMP)
	$(BIN)/python setup.py --quiet build_ext --inplace --force
	touch $(NATIVE_STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/claimtrack --db $(DEMO_DB) ingest data/sources --format table
	$(BIN)/claimtrack --db $(DEMO_DB) speakers --format table
	$(BIN)/claimtrack --db $(DEMO_DB) questions --contested --format table
	$(BIN)/claimtrack --db $(DEMO_DB) contradictions --format table

lint: install
	$(BIN)/ruff check claimtrack tests benchmarks setup.py
	$(BIN)/ruff format --check claimtrack tests benchmarks setup.py

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
	$(BIN)/python -m compileall -q claimtrack  # start-up is measured: no stale bytecode
	$(BIN)/python benchmarks/bench_extract.py --corpora $(CORPORA)
	$(BIN)/python benchmarks/bench_compare.py

golden: install
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	rm -rf build *.egg-info *.so
	find claimtrack -name '*.so' -delete
