"""The README's corpus example: a speaker asked for under a name variant finds their quotes."""

from pathlib import Path

import pytest

from saidwhat.corpus import ingest, query
from saidwhat.corpus.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.model
def test_quotes_by_name_variant_as_in_the_readme(tmp_path):
    db = tmp_path / "corpus.db"
    ingest.ingest([str(EXAMPLES)], db=str(db), progress=False)
    with Store(str(db)) as store:
        found = {n: len(query.quotes(store, speaker=n, search="terrorism")) for n in
                 ("Bashar al-Assad", "President Assad", "Bashar Assad", "Assad", "Hillary Assad")}
    assert found["Bashar al-Assad"] == found["President Assad"] == found["Bashar Assad"] == found["Assad"] > 0
    assert found["Hillary Assad"] == 0
