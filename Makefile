# Two entry points: `make example` (install, run the main job on the bundled example) and
# `make test` (install, lint, run the test suite). Both create .venv on first use.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: install example test lint clean

$(BIN)/wwk: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/wwk

example: install
	rm -f example.db
	$(BIN)/wwk ingest example.db examples/north-korean-troops.txt --published 2024-11-05 --outlet BBC
	$(BIN)/wwk brief example.db

lint: install
	$(BIN)/ruff check src tests benchmarks evaluation
	$(BIN)/ruff format --check src tests benchmarks evaluation

test: lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
