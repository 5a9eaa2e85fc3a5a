# Two entry points, both from a fresh clone with Python >= 3.11:
#   make run    install, then analyze the bundled example articles
#   make test   install with test extras, then ruff, mypy and the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

run: install
	$(BIN)/factcheck analyze examples

test: install-test
	scripts/ensure-chromium
	$(BIN)/ruff check factcheck tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/extract_throughput.py
	$(BIN)/python benchmarks/match_scale.py

clean:
	rm -rf $(VENV) build *.egg-info
