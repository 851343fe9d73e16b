# Every target bootstraps .venv itself, so a fresh machine needs only `make <target>`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/corpus/dev.jsonl

.PHONY: test lint typecheck format eval eval-lopo model bench bench-webhook bench-local soak serve demo cfn-lint clean

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

# The whole layer, then the rule detectors alone and the learned model alone, on data the
# model never trained on (the dev corpus beside the repository).
eval: $(STAMP)
	@echo "== the whole layer (rules + model)"; $(BIN)/kommunvakt eval $(CORPUS)
	@echo; echo "== the rule detectors alone"; $(BIN)/kommunvakt eval --detectors rules $(CORPUS)
	@echo; echo "== the learned model alone (calibrated thresholds, every discourse category)"; $(BIN)/kommunvakt eval --detectors model $(CORPUS)
	@echo; echo "== rules + model in every discourse category (not the shipped setting)"; $(BIN)/kommunvakt eval --detectors rules+model $(CORPUS)
	@for d in all rules model; do echo; echo "== held-out items of our own (training/heldout, never trained on, rules not written from them): --detectors $$d"; cat training/heldout/*.jsonl | $(BIN)/kommunvakt eval --detectors $$d -; done

# Train the classifier from training/ (deterministic) and write the artifact the layer ships.
model: $(STAMP)
	$(BIN)/python scripts/check_training_corpus.py --write
	$(BIN)/python scripts/train_model.py

# Leave-one-phenomenon-out: how the model does on a phrasing it never saw (slow: one fit per
# phenomenon and category).
eval-lopo: $(STAMP)
	$(BIN)/python scripts/train_model.py --lopo --report lopo.json

bench: $(STAMP)
	$(BIN)/python scripts/bench.py --corpus $(CORPUS)

# The webhook's cold import and warm ack, and the local pipeline end to end (figures only).
bench-webhook: $(STAMP)
	$(BIN)/python scripts/bench_webhook.py

# 10,000 events under injected faults (slow: minutes); EVENTS=2000 for a shorter run.
EVENTS ?= 10000
soak: $(STAMP)
	$(BIN)/python scripts/soak.py --events $(EVENTS)

bench-local: $(STAMP)
	$(BIN)/python scripts/bench_local.py

serve: $(STAMP)
	$(BIN)/kommunvakt serve

demo: $(STAMP)
	$(BIN)/kommunvakt demo

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis outbox
