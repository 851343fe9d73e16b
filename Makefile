# Every target bootstraps .venv itself, so a fresh machine needs only `make <target>`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/corpus/dev.jsonl

.PHONY: test lint typecheck format eval bench bench-webhook bench-local serve demo cfn-lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The README's test command: lint, types, the template checks and the whole test suite.
test: lint cfn-lint $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

cfn-lint: $(STAMP)
	@if [ -f template.yaml ]; then $(BIN)/cfn-lint template.yaml; fi

eval: $(STAMP)
	$(BIN)/kommunvakt eval $(CORPUS)

bench: $(STAMP)
	$(BIN)/python scripts/bench.py --corpus $(CORPUS)

# The webhook's cold import and warm ack, and the local pipeline end to end (figures only).
bench-webhook: $(STAMP)
	$(BIN)/python scripts/bench_webhook.py

bench-local: $(STAMP)
	$(BIN)/python scripts/bench_local.py

serve: $(STAMP)
	$(BIN)/kommunvakt serve

demo: $(STAMP)
	$(BIN)/kommunvakt demo

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis outbox
