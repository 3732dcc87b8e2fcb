# Everyday targets. `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SUM = $(shell cksum < pyproject.toml | cut -d' ' -f1)
# Two stamps: running needs only the app's dependencies; testing adds the test tools.
RUN_STAMP = $(VENV)/.installed-run-$(SUM)
DEV_STAMP = $(VENV)/.installed-dev-$(SUM)

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Followup needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	rm -f $(VENV)/.installed-run-*
	touch $(RUN_STAMP)

$(DEV_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(RUN_STAMP) $(DEV_STAMP)

run: $(RUN_STAMP)
	$(BIN)/followup serve

demo: $(RUN_STAMP)
	$(BIN)/followup demo

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy followup

pytest: $(DEV_STAMP)
	FOLLOWUP_DATA_DIR=$(CURDIR)/.test-data $(BIN)/pytest

test: lint typecheck pytest

bench: $(DEV_STAMP)
	$(BIN)/python bench/check.py
	$(BIN)/python bench/plan.py
	$(BIN)/python bench/caseload.py
	$(BIN)/python bench/remind.py

clean:
	rm -rf $(VENV) .test-data .pytest_cache .mypy_cache .ruff_cache
