# intermission: every task a user or CI runs. `make demo` and `make test` are all a fresh clone needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
# Python files only: ruff would also reformat the code blocks of Markdown, where the vendor pages live verbatim.
FORMAT := $(BIN)/ruff format --no-cache
# Re-install when the dependency list changes.
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.DEFAULT_GOAL := help
.PHONY: help install specs generate check test test-lowest test-newest lint typecheck format fix corpus demo bench \
	drift refresh fakes clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: $(STAMP) ## create .venv with the pinned dependencies

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,fakes]'
	@rm -f $(VENV)/.installed-*
	@touch $@

specs: install ## rebuild generated/<provider>/openapi.yaml from specs/
	$(PY) -m codegen specs

generate: install ## regenerate what changed under generated/ (FORCE=1: everything)
	$(PY) -m codegen generate $(if $(FORCE),--force)

check: install ## exit 1 when the committed generated/ is stale
	$(PY) -m codegen check

lint: install typecheck ## ruff check and ruff format --check on everything, then typecheck
	$(BIN)/ruff check --no-cache .
	$(FORMAT) --check .

typecheck: install ## mypy --strict on codegen/, wrappers/, a one-call script per client and the pydantic models
	$(BIN)/mypy
	$(PY) -m tests.typing

format: install ## rewrite every Python file in ruff's format
	$(FORMAT) .

fix: install ## apply ruff's safe fixes, then format
	$(BIN)/ruff check --no-cache --fix .
	$(FORMAT) .

corpus: install ## every complete OpenAPI document under tests/corpus/ -> a client that imports and type-checks
	$(PY) -m tests.corpus $(CORPUS_ARGS)

test: install lint check ## lint, types, generated/ up to date, then the whole suite (what CI runs)
	$(PY) -m pytest -q -n 2

test-lowest: ## the facade's and the fakes' tests on the lowest versions pyproject.toml allows (.venv-lowest)
	$(PYTHON) .ci/dependency_run.py lowest

test-newest: ## the same on the newest versions pip finds today (.venv-newest)
	$(PYTHON) .ci/dependency_run.py newest

demo: install ## start the local vendor servers, pause/resume at each (uses the committed generated/)
	$(BIN)/intermission demo

bench: install ## speed and memory, as ratios against baselines measured in the same run
	$(PY) -m tests.bench

drift: install ## drift of generated/ since BASE (default: merge base with main), with the facade verdict; DRIFT_ARGS="-o FILE"
	$(PY) -m codegen drift-git --facade $(if $(BASE),--base $(BASE)) $(DRIFT_ARGS)

refresh: install ## download the vendor pages again, regenerate, print the drift (REFRESH_ARGS=--dry-run)
	$(PY) -m codegen refresh $(REFRESH_ARGS)

fakes: install ## serve the local vendor servers until Ctrl-C
	$(BIN)/intermission fakes

clean: ## remove caches (keeps .venv)
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis
