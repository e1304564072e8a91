# Two entry points: `make example` (install, run the main job on the bundled example) and
# `make test` (install, lint, run the test suite). Both create .venv on first use and install
# the exact, hash-checked versions of requirements.lock; `make lock` regenerates that file
# after a dependency in pyproject.toml changes.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin
LOCK = requirements.lock
UV_VERSION = 0.13.8
# pip 23.2 fails a hash-checked install whose lock pins a package that another one wants with an
# extra ("smart-open[http]>=5.2.1", from weasel) once a newer release of it is on the index:
# it takes the extra from the newest release, which the lock does not pin. The venv gets this pip.
PIP_VERSION = 26.3

.PHONY: install example test lint lock wheel-check clean

$(BIN)/wwk: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "pip==$(PIP_VERSION)"
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@$(BIN)/python -m pip check >/dev/null || { $(BIN)/python -m pip check; \
	  echo "$(LOCK) does not satisfy pyproject.toml: run 'make lock'"; exit 1; }
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

# Pin every dependency (every extra included) with hashes, for every platform, Python 3.11+.
# Run after adding or changing a dependency in pyproject.toml, and commit requirements.lock.
# `make lock UPGRADE=1` also moves every pin to the newest release the ranges allow.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
	  --generate-hashes --custom-compile-command "make lock" --quiet \
	  $(if $(UPGRADE),--upgrade,) -o $(LOCK)

# The wheel as a user gets it: built, installed into a fresh venv with the interpreter's own
# pip (not upgraded), and run: `wwk extract` on a .txt, `wwk brief --format html`, `GET /`.
wheel-check:
	PYTHON=$(PYTHON) bash .ci/wheel-check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
