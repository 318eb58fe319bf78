# `make run` and `make test` set themselves up on first use (a virtualenv in .venv/).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
CATALOGS := $(wildcard locales/*/LC_MESSAGES/messages.po)
COMPILED := $(CATALOGS:.po=.mo)
.PHONY: run test fuzz lint locales extract update-catalogs bench safety-model torture refresh-spec clean \
	browser-tools screenshots qr

run: $(INSTALLED) $(COMPILED)
	$(BIN)/python -m bot

# Two workers, one test file each at a time: every e2e file has its own fake and bot.
test: $(INSTALLED) $(COMPILED) browser-tools
	$(BIN)/python -m pytest -n 2 --dist loadfile

# The property-based test with ten thousand generated updates instead of a few hundred.
fuzz: $(INSTALLED) $(COMPILED)
	FUZZ_UPDATES=10000 $(BIN)/python -m pytest tests/e2e/test_fuzz.py -p no:xdist

# The safety net's learnt second opinion, made again from tests/data/safety_eval.yaml and
# the blind batches in tests/data/safety_batches/ (a few minutes).
safety-model: $(INSTALLED)
	$(BIN)/python -m benchmarks.safety_model

# Figures, not pass/fail: the engine alone, the real process through the offline Bot API,
# then how well the safety net (also on tests/data/safety_unseen_2.yaml and _3, never tuned
# on) and the levensgebieden suggestions read residents' words;
# last the crowd, beside a bare aiogram echo bot (a few minutes; `--only` makes it short).
bench: $(INSTALLED) $(COMPILED)
	$(BIN)/python -m benchmarks.engine
	$(BIN)/python -m benchmarks.roundtrip
	$(BIN)/python -m benchmarks.outbox
	$(BIN)/python -m benchmarks.safety
	$(BIN)/python -m benchmarks.safety tests/data/safety_unseen_2.yaml
	$(BIN)/python -m benchmarks.safety tests/data/safety_unseen_3.yaml
	$(BIN)/python -m benchmarks.keywords
	$(BIN)/python -m benchmarks.report
	$(BIN)/python -m benchmarks.crowd

# The real bot killed with SIGKILL at random while a crowd acts (TORTURE_KILLS=20 for a
# quick run): nothing lost, nothing doubled. Not part of `make test`.
torture: $(INSTALLED) $(COMPILED)
	$(BIN)/python -m tests.torture

lint: $(INSTALLED)
	$(BIN)/ruff check bot flows storage tests benchmarks
	$(BIN)/ruff format --check bot flows storage tests benchmarks

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,postgres]'
	touch $@

# Compiled catalogs are built, never committed, so a fresh clone always matches the .po files.
locales: $(COMPILED)

locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(INSTALLED)
	$(BIN)/pybabel compile --statistics -i $< -o $@ -l $*

# Dutch is the source: the template is made from the Dutch catalog (see the script), then
# every other language gets the new ids, with the Dutch text as a comment for translators.
extract: $(INSTALLED)
	$(BIN)/python locales/make_template.py

update-catalogs: extract
	for locale in en tr ar; do \
	  $(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -i locales/messages.pot \
	    -d locales -D messages -l $$locale || exit 1; \
	done

# The Bot API spec the offline fake checks calls against lives in the repository; this copies
# a newer one from the workplace's shared folder, when there is one beside the repository.
SHARED_SPEC := ../shared/telegram-bot-api
refresh-spec:
	@test -d $(SHARED_SPEC) || { echo "No $(SHARED_SPEC) beside the repository: nothing to refresh."; exit 1; }
	cp $(SHARED_SPEC)/api.json $(SHARED_SPEC)/LICENSE tests/botapi/spec/

# The browser tests run axe-core in the page: its one file comes from the npm registry
# (npm's own client), into .venv/. Without npm the browser tests say so and are skipped.
AXE_VERSION := 4.10.2
AXE := $(VENV)/axe/axe.min.js
browser-tools: $(AXE)
$(AXE):
	@command -v npm >/dev/null || { echo "npm not found: the browser tests will skip axe-core"; exit 0; }; \
	  mkdir -p $(VENV)/axe && cd $(VENV)/axe && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null && \
	  tar -xzf axe-core-$(AXE_VERSION).tgz package/axe.min.js && mv package/axe.min.js . && \
	  rm -rf package axe-core-$(AXE_VERSION).tgz

# A screenshot of every step of the web chat (the browser tests, keeping their pictures).
screenshots: $(INSTALLED) $(COMPILED) browser-tools
	rm -rf docs/screenshots
	MEEDENKERS_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -p no:xdist \
	  tests/e2e/test_webchat_browser.py -k "lois or kay or danger"

# The QR code for leaflets: WEB_CHAT_URL is the public address of the web chat.
WEB_CHAT_URL ?= https://meedenkers.example.org/chat
qr: $(INSTALLED)
	$(BIN)/python -m bot.webchat.qr "$(WEB_CHAT_URL)" docs/webchat-qr.png

clean:
	rm -rf $(VENV) $(COMPILED) .pytest_cache
