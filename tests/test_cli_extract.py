"""Tests of `saidwhat extract`: output shapes, and every error path (one line on stderr, exit 1 or 2, no traceback)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saidwhat.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "assad-us-troops.txt"
runner = CliRunner()

GOOD = "Governor Ruth Alvarez told reporters that the state would appeal the ruling.\n"


def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):
    return runner.invoke(app, ["extract", *args], input=input, env=env)


def assert_clean_error(result, code: int, *needles: str) -> list[str]:
    assert result.exit_code == code, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert lines, "expected a message on stderr"
    for needle in needles:
        assert any(needle in ln for ln in lines), (needle, lines)
    return lines


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    d = {
        "good": tmp_path / "good.txt",
        "good2": tmp_path / "good2.txt",
        "empty": tmp_path / "empty.txt",
        "blank": tmp_path / "blank.txt",
        "binary": tmp_path / "photo.jpg",
        "latin1": tmp_path / "latin1.txt",
        "moji": tmp_path / "moji.txt",
        "html": tmp_path / "page.html",
        "dir": tmp_path / "adir",
    }
    d["good"].write_text(GOOD, encoding="utf-8")
    d["good2"].write_text("Finance chief Leo Marsh said the company would cut 200 jobs by March.\n", encoding="utf-8")
    d["empty"].write_bytes(b"")
    d["blank"].write_bytes(b"  \n\n\t\n")
    d["binary"].write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")
    d["latin1"].write_bytes("Mayor Ines Duarte said the café would stay open.\n".encode("latin-1"))
    d["moji"].write_bytes("Mayor Ines Duarte said â€œwe will not raise taxesâ€\x9d on Monday.\n".encode("utf-8"))
    d["html"].write_text("<html><head><title>Mayor: no new taxes</title></head><body><article><p>Mayor Ines Duarte said "
                         "on Monday that the city would balance its budget without new levies.</p></article></body></html>",
                         encoding="utf-8")
    d["dir"].mkdir()
    return d


# ---- errors that are found before any model is loaded --------------------------------------------

def test_missing_path(files, tmp_path):
    missing = str(tmp_path / "nope.txt")
    lines = assert_clean_error(run(missing), 1, f"{missing}: no such file")
    assert lines[-1].endswith("1 of 1 input failed")


def test_directory(files):
    assert_clean_error(run(str(files["dir"])), 1, f"{files['dir']}: is a directory")


@pytest.mark.parametrize("key", ["empty", "blank"])
def test_empty_file(files, key):
    assert_clean_error(run(str(files[key])), 1, f"{files[key]}: empty input")


def test_binary_file(files):
    assert_clean_error(run(str(files["binary"])), 1, f"{files['binary']}: binary data")


def test_over_size_file_via_environment(files):
    result = run(str(files["good"]), env={"SAIDWHAT_MAX_INPUT_BYTES": "10"})
    assert_clean_error(result, 1, f"{files['good']}: ", "over the limit of 10", "SAIDWHAT_MAX_INPUT_BYTES")


def test_bad_environment_value_is_a_usage_error(files):
    assert_clean_error(run(str(files["good"]), env={"SAIDWHAT_MAX_INPUT_BYTES": "lots"}), 2, "SAIDWHAT")


def test_html_without_text(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    assert_clean_error(run(str(page)), 1, f"{page}: no article text")


def test_all_inputs_bad_gives_exit_1_and_one_line_each(files, tmp_path):
    result = run(str(files["empty"]), str(files["binary"]), str(tmp_path / "x.txt"), "--format", "json")
    lines = assert_clean_error(result, 1)
    assert len(lines) == 4 and lines[-1].endswith("3 of 3 inputs failed")
    assert json.loads(result.stdout) == []


def test_no_files_is_a_usage_error():
    assert_clean_error(run(), 2, "no input files")


@pytest.mark.parametrize("args,needle", [
    (["--format", "xml"], "--format: unknown format 'xml'"),
    (["--mode", "nonsense"], "--mode: unknown mode 'nonsense'"),
])
def test_bad_option_values_are_usage_errors(files, args, needle):
    assert_clean_error(run(str(files["good"]), *args), 2, needle)


def test_unknown_option_is_a_usage_error(files):
    result = run(str(files["good"]), "--bogus")
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("target", ["missing-dir/out.json", "adir"])
def test_unwritable_output_is_a_usage_error(files, tmp_path, target):
    out = tmp_path / target
    assert_clean_error(run(str(files["good"]), "-o", str(out)), 2, "-o/--output: cannot write")


# ---- extraction (needs the model) ----------------------------------------------------------------

@pytest.mark.model
def test_json_one_input_is_one_article(files):
    result = run(str(files["good"]), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert isinstance(doc, dict)
    assert doc["schema"] == "saidwhat/1" and doc["text"] == GOOD
    assert doc["meta"]["input"] == str(files["good"]) and doc["meta"]["encoding"] == "utf-8"
    assert doc["meta"]["text_source"] == "original"
    assert [r["kind"] for r in doc["regions"]] == ["body"]


@pytest.mark.model
def test_several_inputs_with_one_bad_json_list(files, tmp_path):
    missing = str(tmp_path / "missing.txt")
    result = run(str(files["good"]), missing, str(files["good2"]), "--format", "json")
    lines = assert_clean_error(result, 1, f"{missing}: no such file")
    assert lines[-1].endswith("1 of 3 inputs failed")
    docs = json.loads(result.stdout)
    assert [d["meta"]["input"] for d in docs] == [str(files["good"]), str(files["good2"])]


@pytest.mark.model
def test_jsonl_carries_input_on_each_line(files):
    result = run(str(files["good"]), str(files["empty"]), str(files["good2"]), "-f", "jsonl")
    assert result.exit_code == 1
    rows = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert [r["input"] for r in rows] == [str(files["good"]), str(files["good2"])]
    assert all(r["schema"] == "saidwhat/1" for r in rows)
    assert f"{files['empty']}: empty input" in result.stderr


@pytest.mark.model
def test_latin1_file_is_decoded_and_said_so(files):
    result = run(str(files["latin1"]), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert "café" in doc["text"]
    assert doc["meta"]["encoding"] == "cp1252" and doc["meta"]["text_source"] == "decoded"
    table = run(str(files["latin1"]))
    assert table.exit_code == 0 and "offsets index the decoded text (cp1252)" in table.stdout


@pytest.mark.model
def test_mojibake_file_is_repaired_and_said_so(files):
    result = run(str(files["moji"]), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert "“we will not raise taxes”" in doc["text"]
    assert doc["meta"]["repaired"] is True and doc["meta"]["text_source"] == "repaired"
    table = run(str(files["moji"]))
    assert "offsets index the repaired text" in table.stdout


@pytest.mark.model
def test_html_file_keeps_title(files):
    result = run(str(files["html"]), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["title"] == "Mayor: no new taxes"
    assert doc["text"].startswith("Mayor: no new taxes\n\n")
    assert doc["meta"]["content_type"] == "text/html" and doc["meta"]["text_source"] == "html"


@pytest.mark.model
def test_stdin_text_and_html():
    result = run("-", "--format", "jsonl", input=GOOD.encode())
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["input"] == "-" and row["text"] == GOOD
    html = run("-", "--format", "json", input=b"<html><body><h1>Budget</h1><p>Mayor Ines Duarte said the city "
                                              b"would balance its budget.</p></body></html>")
    assert html.exit_code == 0 and json.loads(html.stdout)["meta"]["content_type"] == "text/html"


@pytest.mark.model
def test_output_file(files, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run(str(files["good"]), str(files["good2"]), "-f", "jsonl", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.model
def test_table_on_the_demo_article():
    result = run(str(EXAMPLE))
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{EXAMPLE}: ") and "attribution" in first and "6,188 characters" in first
    if "no attributions found" not in result.stdout:
        for column in ("speaker", "type", "cue", "content", "region"):
            assert column in result.stdout


@pytest.mark.model
def test_mode_fast_is_accepted(files):
    result = run(str(files["good"]), "--mode", "fast", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["meta"]["mode"] == "fast"


def test_text_over_the_character_limit(files):
    result = run(str(files["good"]), env={"SAIDWHAT_MAX_INPUT_CHARS": "10"})
    assert_clean_error(result, 1, "characters, over the limit of 10", "SAIDWHAT_MAX_INPUT_CHARS")


@pytest.mark.parametrize("n_files", [1, 2])
def test_model_that_cannot_load_is_one_line_exit_1(files, monkeypatch, n_files):
    import saidwhat.engine
    from saidwhat.errors import ModelError

    def no_model(config):
        raise ModelError("cannot load spaCy model 'nope': not installed")

    monkeypatch.setattr(saidwhat.engine, "get_nlp", no_model)
    args = [str(files["good"]), str(files["good2"])][:n_files]
    assert_clean_error(run(*args), 1, "cannot load spaCy model")


@pytest.mark.model
def test_table_to_output_file_has_no_colour_codes(files, tmp_path):
    out = tmp_path / "table.txt"
    result = run(str(files["good"]), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    table = out.read_text(encoding="utf-8")
    assert table.startswith(f"{files['good']}: ") and "\x1b[" not in table


# ---- --classes / --negated (issue 12; the pipeline replaced by test_filters.fake_engine) ---------

CLASSED_ALL = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"]


def _ids(doc: dict) -> list[str]:
    return [a["id"] for a in doc["attributions"]]


@pytest.mark.parametrize("args,expected", [
    ([], CLASSED_ALL),  # default: every attribution, as the engine returns them
    (["--classes", "speech,writing"], ["a1", "a2", "a7", "a8"]),  # negated hidden; no class counts as speech
    (["--classes", "speech,writing", "--negated"], ["a1", "a2", "a6", "a7", "a8"]),
    (["--classes", "all"], CLASSED_ALL),
    (["--classes", "all", "--no-negated"], ["a1", "a2", "a3", "a4", "a5", "a7", "a8"]),
    (["--no-negated"], ["a1", "a2", "a3", "a4", "a5", "a7", "a8"]),
    (["--classes", "Thought, stance"], ["a3", "a4"]),
])
def test_classes_option_filters_the_json(files, monkeypatch, args, expected):
    from test_filters import fake_engine

    fake_engine(monkeypatch)
    result = run(str(files["good"]), "--format", "json", *args)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert _ids(doc) == expected
    assert {a["speaker_id"] for a in doc["attributions"]} - {None} == {s["id"] for s in doc["speakers"]}


def test_classes_option_filters_every_input_of_a_jsonl_run(files, monkeypatch):
    from test_filters import fake_engine

    fake_engine(monkeypatch)
    result = run(str(files["good"]), str(files["good2"]), "-f", "jsonl", "--classes", "evidence")
    assert result.exit_code == 0, result.output
    assert [_ids(json.loads(line)) for line in result.stdout.splitlines()] == [["a5"], ["a5"]]


def test_the_table_shows_each_attributions_class(files, monkeypatch):
    from test_filters import fake_engine

    fake_engine(monkeypatch)
    result = run(str(files["good"]), "--classes", "speech", "--negated")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].endswith(": 4 attributions, 2 speakers, 394 characters")  # the shown ones are counted
    header = [c.strip() for c in next(line for line in lines if "speaker" in line and "cue" in line).split("┃")]
    column = header.index("class")
    rows = {cells[1]: cells for cells in ([c.strip() for c in line.split("│")] for line in lines if line.startswith("│"))}
    assert set(rows) == {"1", "6", "7", "8"}
    assert [rows[i][column] for i in ("1", "6", "7", "8")] == ["speech", "speech, negated", "speech, question", "—"]


@pytest.mark.parametrize("value,needle", [
    ("speach", "--classes: unknown class 'speach'"),
    ("speech,gossip", "--classes: unknown class 'gossip'"),
    (",", "--classes: no class given"),
])
def test_an_unknown_class_is_a_one_line_usage_error(files, monkeypatch, value, needle):
    from test_filters import fake_engine

    seen = fake_engine(monkeypatch)
    lines = assert_clean_error(run(str(files["good"]), "--classes", value), 2, needle)
    assert len(lines) == 1 and "speech, writing, thought, stance, evidence" in lines[0]
    assert seen == []  # refused before reading or extracting anything
