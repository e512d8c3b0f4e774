"""Build ``src/saidwhat/pipeline/speakers/data/first_names.tsv``: first names with a clear gender.

Source: the name–gender table of ``nomquamgender`` 0.1.4 (``name_data.json``; MIT licence,
Copyright (c) 2022 Ian Van Buskirk; Van Buskirk, Clauset & Larremore, "An Open-Source Cultural
Consensus Approach to Name-Based Gender Classification", ICWSM 2023). Each of its keys is a
lower-cased name with diacritics removed (``unidecode``); each value starts
``[#sources, #counts, p(gf)]``: how many name–gender data sources know the name, how many people
they count with it, and the consensus probability that a person of that name is gendered female.

Kept (thresholds of this script, stated again in the output's header):

- keys of plain letters (``a``–``z``, at least two), optionally joined by ``-`` or ``'``
  ("jean-pierre", "o'neil"): no punctuation junk, initials or numbers;
- at least ``MIN_SOURCES`` sources and ``MIN_COUNTS`` counted people (rare or single-source names
  are noisy);
- ``p(gf) <= MAX_UNCERTAINTY`` or ``>= 1 - MAX_UNCERTAINTY`` (the package's own default
  classification threshold, 0.1); the engine applies its own, stricter cut at run time
  (:data:`saidwhat.pipeline.coref._FIRST_NAME_P`), so the file keeps ``p(gf)`` to two decimals.

Output: UTF-8, ``#`` header lines, then ``name<TAB>p(gf)`` lines sorted by name. Keys are
unaccented as in the source; the engine strips accents from a name before looking it up
("José" → "jose"), so accented spellings need no rows of their own.

Needs the package at build time only (``pip install nomquamgender==0.1.4``; it pulls in pandas and
unidecode); the engine reads the written file and never imports it.

Usage: ``python scripts/build_name_gender.py [OUT]``.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import resources
from pathlib import Path

MIN_SOURCES = 4
MIN_COUNTS = 30
MAX_UNCERTAINTY = 0.1
_KEY = re.compile(r"^[a-z]{2,}(?:[-'][a-z]+)*$")
OUT = Path(__file__).resolve().parents[1] / "src/saidwhat/pipeline/speakers/data/first_names.tsv"


def build(out: Path = OUT) -> int:
    """Write the list to ``out``; returns the number of names written."""
    data = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text("utf-8"))
    rows = []
    for name, info in data.items():
        sources, counts, pgf = info[0], info[1], info[2]
        if not _KEY.match(name) or sources < MIN_SOURCES or counts < MIN_COUNTS:
            continue
        if MAX_UNCERTAINTY < pgf < 1 - MAX_UNCERTAINTY:
            continue
        rows.append(f"{name}\t{pgf:.2f}")
    rows.sort()
    header = [
        "# First names with a clear gender: name<TAB>p(gf) (probability that a person of that name is gendered female).",
        "# Source: nomquamgender 0.1.4 name_data.json, MIT licence, Copyright (c) 2022 Ian Van Buskirk;",
        "# Van Buskirk, Clauset & Larremore, ICWSM 2023. Built by scripts/build_name_gender.py.",
        f"# Kept: keys of letters (with - or '), >= {MIN_SOURCES} sources, >= {MIN_COUNTS} counts, "
        f"p(gf) <= {MAX_UNCERTAINTY} or >= {1 - MAX_UNCERTAINTY:.1f}; keys lower-cased, unaccented.",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    print(f"{build(target)} names -> {target}")
