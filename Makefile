# Antenne — the two commands of the quick start are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint format bench soak screenshots i18n demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)
	$(BIN)/antenne run

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Every core works (at most four): a test file stays on one worker, with its module fixtures.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not soak" -n auto --maxprocesses 4 --dist loadfile

soak: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m soak

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

screenshots: $(STAMP)
	rm -f docs/screenshots/*.png  # a variant or screen gone leaves no stale picture
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.cli screenshot --all docs/screenshots
	# The on-screen keyboard needs a real display: a private Xvfb one per size, when installed.
	if command -v Xvfb >/dev/null; then for size in 1920x1080 1366x768 1080x1920; do \
		$(BIN)/python -m app.cli screenshot --all docs/screenshots --keyboard --size $$size \
		|| exit 1; done; fi

i18n: $(STAMP)
	$(BIN)/python -m ui.i18n_tool update
	$(BIN)/python -m ui.i18n_tool compile

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
