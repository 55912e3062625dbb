# `make dossier` and `make test` each bootstrap .venv when it is missing or stale.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PYTHON ?= python3
.DEFAULT_GOAL := dossier

.PHONY: install dossier test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@sh scripts/system-deps.sh
	@touch $(STAMP)

dossier: $(STAMP)
	$(VENV)/bin/dossier build

test: $(STAMP)
	@sh scripts/system-deps.sh test
	$(VENV)/bin/ruff check dossier tests bench
	$(VENV)/bin/pytest -q

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) out/*.html out/*.pdf out/*.json out/.cache
