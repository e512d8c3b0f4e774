# saidwhat — set-up and everyday commands. `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install system-deps train bench eval clean

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e ".[api,dev]"
	touch $(STAMP)

install: $(STAMP)

# Debian packages the browser tests need (Chromium for Playwright; never `playwright install`).
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }

# Train the learned attribution tagger on PolNeAR train (chosen on dev) and write the weights
# the package ships to src/saidwhat/model/weights/fast/ (see saidwhat/model/train.py).
train: $(STAMP)
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m saidwhat.model.train --config fast

demo: $(STAMP)
	$(BIN)/saidwhat extract examples/assad-us-troops.txt --format table

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

# Speed and memory (results go to BENCHMARKS.md with the machine and the date; not tests).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py --write

# Scores on PolNeAR dev, per role and end to end.
eval: $(STAMP)
	$(BIN)/saidwhat evaluate --gold ../shared/data/polnear/dev

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis
