# The two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test venv venv-dev lint fmt migrate services-install clean

$(BIN)/python:
	@scripts/ensure-python-venv.sh "$(PYTHON)" "$(VENV)"

# Reinstall only when the requirement files change.
$(VENV)/.installed-runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --disable-pip-version-check -q -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --disable-pip-version-check -q -r requirements-dev.txt
	@touch $@ $(VENV)/.installed-runtime

venv: $(VENV)/.installed-runtime
venv-dev: $(VENV)/.installed-dev

## make run: set up and serve FactDesk on http://127.0.0.1:8000 (SQLite, in-process tasks, demo data)
run: venv
	@export DEBUG=true; \
	$(BIN)/python manage.py migrate --noinput -v0 && \
	$(BIN)/python manage.py loaddemo && \
	$(BIN)/python manage.py reembed && \
	$(BIN)/python manage.py ensureadmin && \
	echo "FactDesk on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)" && \
	exec $(BIN)/python manage.py runserver $(HOST):$(PORT)

## make test: install what is missing, start PostgreSQL+pgvector and Redis, lint, run the suite
test: venv-dev
	@scripts/testenv.sh install
	@scripts/run-tests.sh $(PYTEST_ARGS)

lint: venv-dev
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

fmt: venv-dev
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache db.sqlite3
