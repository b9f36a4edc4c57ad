# budgetwh — common tasks. `make run` builds the samples, ingests them and prints the totals.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DAGSTER_HOME_DIR := $(CURDIR)/.dagster_home
SAMPLES := data/samples

.PHONY: venv run test faults ui lint bench national dagster-home distributed-demo

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

test: venv chromium redis-server
	$(BIN)/python -m pytest

# Fault injection with real processes (minutes each): tests/test_faults_celery.py — a worker killed
# mid-document, the broker restarted, the writer killed mid-load, a document over its time budget.
faults: venv redis-server
	$(BIN)/python -m pytest -m faults

# Headless Chromium and a CJK font for tests/test_report.py (renders the HTML report), installed
# with apt-get when /usr/bin/chromium is missing. Needs root; otherwise that test skips, saying why.
.PHONY: chromium
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-zenhei; \
	  else \
	    echo "chromium: /usr/bin/chromium missing and not root; run 'sudo make chromium' (the report test skips)"; \
	  fi; \
	fi

# Debian's redis-server for tests/test_distributed.py (the Celery broker; the test starts and stops
# its own instance on a free port). That test FAILS without it, so install it when missing (root).
.PHONY: redis-server
redis-server:
	@if ! command -v redis-server >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server; \
	  else \
	    echo "redis-server missing and not root; run 'sudo make redis-server' (tests/test_distributed.py fails)"; \
	  fi; \
	fi

ui: venv dagster-home
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/dagster instance concurrency set duckdb_writer 1
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

lint: venv
	$(BIN)/ruff check pipelines tests bench

# The full benchmark (national + Putuo + 300 generated department-years, each also through plain
# camelot, 2 children at a time): hours on a shared 2-core machine. Subsets, e.g.
# make bench BENCH_ARGS="--only 佛山市 --docs 20 --skip-camelot"; figures also in bench/out/*.json.
BENCH_ARGS ?=
bench: venv
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The whole national corpus (../shared/corpus/national) into a scratch warehouse: per family
# published / quarantined / rejected with reasons. Minutes of work, so not part of `make test`.
national: venv
	$(BIN)/python bench/national.py

# The yearly job over a folder (default ../shared/corpus/real) in-process and on redis + 2 Celery
# workers (started and stopped here): documents per minute of each (docs/scaling.md).
DEMO_DIR ?=
distributed-demo: venv redis-server
	$(BIN)/python bench/distributed_demo.py $(DEMO_DIR) --workers 2
