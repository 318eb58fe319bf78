# `make run` and `make test` set themselves up on first use (a virtualenv in .venv/).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
CATALOGS := $(wildcard locales/*/LC_MESSAGES/messages.po)
COMPILED := $(CATALOGS:.po=.mo)
BABEL_KEYWORDS := -k t -k N_

.PHONY: run test lint locales extract update-catalogs bench clean

run: $(INSTALLED) $(COMPILED)
	$(BIN)/python -m bot

# Two workers, one test file each at a time: every e2e file has its own fake and bot.
test: $(INSTALLED) $(COMPILED)
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: $(INSTALLED)
	$(BIN)/ruff check bot flows storage tests
	$(BIN)/ruff format --check bot flows storage tests

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,postgres]'
	touch $@

# Compiled catalogs are built, never committed, so a fresh clone always matches the .po files.
locales: $(COMPILED)

locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(INSTALLED)
	$(BIN)/pybabel compile --statistics -i $< -o $@ -l $*

extract: $(INSTALLED)
	$(BIN)/pybabel extract --no-location --omit-header $(BABEL_KEYWORDS) -o locales/messages.pot bot flows

update-catalogs: extract
	$(BIN)/pybabel update --no-fuzzy-matching -i locales/messages.pot -d locales -D messages

clean:
	rm -rf $(VENV) $(COMPILED) .pytest_cache
