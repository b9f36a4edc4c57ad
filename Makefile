# budgetwh — common tasks. `make run` builds the samples, ingests them and prints the totals.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DAGSTER_HOME_DIR := $(CURDIR)/.dagster_home
SAMPLES := data/samples

.PHONY: venv run test ui lint bench dagster-home

venv: $(STAMP)

# Reinstall only when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -e '.[dev]'
	touch $@

# The UI's instance: runs, partitions and the duckdb_writer pool limit persist here.
dagster-home:
	mkdir -p $(DAGSTER_HOME_DIR)
	cp pipelines/defs/dagster.yaml $(DAGSTER_HOME_DIR)/dagster.yaml

run: venv dagster-home
	$(BIN)/python -m pipelines.samples.build --out $(SAMPLES)
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/budgetwh ingest $(SAMPLES)
	$(BIN)/budgetwh totals

test: venv
	$(BIN)/python -m pytest

ui: venv dagster-home
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/dagster instance concurrency set duckdb_writer 1
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

lint: venv
	$(BIN)/ruff check pipelines tests

bench: venv
	@echo "bench: not implemented yet (see bench/)"
