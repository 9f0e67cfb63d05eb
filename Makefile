# The README's two commands: `make serve` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8001
# Installs Debian packages the machine lacks: as root directly, else through sudo.
APT_INSTALL = SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq

.PHONY: serve test install chromium db bench clean

serve: db
	$(BIN)/dateline serve events.db --host $(HOST) --port $(PORT)

test: install chromium
	$(BIN)/pytest

# Re-ingesting is idempotent, so the example database is rebuilt on every serve.
db: install
	$(BIN)/dateline ingest examples --db events.db

install: $(VENV)/.installed

# Debian ships venv's pip bootstrap (ensurepip) as a separate package, python3-venv.
$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { $(APT_INSTALL) python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Browser tests drive Debian's Chromium at this path (tests/test_browser.py); install it when missing.
chromium:
	@test -x /usr/bin/chromium || { $(APT_INSTALL) chromium; }

# HeidelTime (the bench extra, on the machine's Java) is scored beside Dateline; it takes
# about 3 s per document, so the timex benchmark runs for a quarter of an hour or more.
bench: install
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/timex.py
	$(BIN)/python benchmarks/timex.py --data benchmarks/heldout
	$(BIN)/python benchmarks/timex.py --data benchmarks/unseen
	$(BIN)/python benchmarks/events.py
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) events.db *.egg-info
