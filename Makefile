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

# --no-compile: Python byte-compiles only the modules that run, not every file of every
# dependency (44 MB less on disk: the running virtualenv stays under 200 MB).
$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --no-compile -e .
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
	$(BIN)/mypy followup tests

# The suite runs in one process per core (pytest-xdist); PYTEST_WORKERS=0 runs it in this one.
PYTEST_WORKERS ?= auto
pytest: $(DEV_STAMP)
	FOLLOWUP_DATA_DIR=$(CURDIR)/.test-data $(BIN)/pytest -n $(PYTEST_WORKERS)

test: lint typecheck pytest

bench: $(DEV_STAMP)
	$(BIN)/python bench/check.py
	$(BIN)/python bench/plan.py
	$(BIN)/python bench/caseload.py
	$(BIN)/python bench/remind.py

# Refresh the French catalogue from the code (needs GNU gettext), then compile it with polib.
CATALOGUE = followup/locale/fr_CA/LC_MESSAGES/django
messages: $(DEV_STAMP)
	cd followup && $(abspath $(BIN))/django-admin makemessages -l fr_CA --ignore='lib/*' --settings=followup.settings --pythonpath=..
	$(BIN)/python -c "import polib; polib.pofile('$(CATALOGUE).po').save_as_mofile('$(CATALOGUE).mo')"

clean:
	rm -rf $(VENV) .test-data .pytest_cache .mypy_cache .ruff_cache
