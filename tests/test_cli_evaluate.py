"""Tests for ``saidwhat evaluate`` (saidwhat.cli.evaluate): options, output formats, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saidwhat.cli import app

TEXT = 'The mayor said the budget is balanced. "It works," she added.\n'
ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 37\tthe budget is balanced\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
)

runner = CliRunner()


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc.txt").write_text(TEXT, encoding="utf-8", newline="")
    (root / "attributions" / "doc_ab12.ann").write_text(ANN, encoding="utf-8", newline="")
    return root


def test_brat_predictions_json_output(gold: Path) -> None:
    res = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(gold / "attributions"), "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["end_to_end"] == {"tp": 1, "n_pred": 1, "n_gold": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert d["roles"]["source"]["exact"]["f1"] == 1.0


def test_table_output(gold: Path) -> None:
    res = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(gold / "attributions")])
    assert res.exit_code == 0, res.output
    assert "END TO END" in res.stdout and "1.000" in res.stdout


def test_missing_predictions_exit_1(gold: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(empty), "--format", "json"])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["failed"][0].startswith("doc: ")


@pytest.mark.parametrize("args, message", [
    (["--format", "xml"], "--format"),
    (["--mode", "turbo"], "--mode"),
    (["--limit", "0"], "--limit"),
    (["--pred", "/nonexistent/preds"], "--pred"),
])
def test_usage_errors_exit_2_with_one_line(gold: Path, args: list[str], message: str) -> None:
    res = runner.invoke(app, ["evaluate", "--gold", str(gold), *args])
    assert res.exit_code == 2
    assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.output


def test_gold_not_a_folder_exit_2(tmp_path: Path) -> None:
    res = runner.invoke(app, ["evaluate", "--gold", str(tmp_path / "missing")])
    assert res.exit_code == 2 and "--gold" in res.stderr


def test_bad_gold_folder_exit_1(tmp_path: Path) -> None:
    res = runner.invoke(app, ["evaluate", "--gold", str(tmp_path), "--pred", str(tmp_path)])
    assert res.exit_code == 1
    assert res.stderr.startswith("saidwhat evaluate: ") and "text/" in res.stderr


def test_malformed_gold_exit_1(gold: Path) -> None:
    (gold / "attributions" / "doc_ab12.ann").write_text(
        "T1\tContent 0 5\tWrong\nT2\tAttribution 10 14\tsaid\nE1\tAttribution:T2 Content:T1\n", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(gold)])
    assert res.exit_code == 1 and "T1" in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_errors_file_lists_misses(gold: Path, tmp_path: Path) -> None:
    preds = tmp_path / "preds"
    preds.mkdir()
    (preds / "doc.ann").write_text(
        "T1\tSource 40 51\tIt works,\" \nT2\tContent 15 37\tthe budget is balanced\nT3\tAttribution 10 14\tsaid\n"
        "E1\tAttribution:T3 Content:T2 Source:T1\n", encoding="utf-8")
    out = tmp_path / "errors.jsonl"
    res = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(preds), "--errors", str(out)])
    assert res.exit_code == 0, res.output
    (line,) = out.read_text(encoding="utf-8").splitlines()
    err = json.loads(line)
    assert err["kind"] == "wrong_source" and err["gold"]["source"] == "The mayor" and err["doc"] == "doc"


@pytest.mark.model
def test_runs_the_engine(gold: Path) -> None:
    res = runner.invoke(app, ["evaluate", "--gold", str(gold), "--mode", "accurate", "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["documents"] == 1 and d["end_to_end"]["n_gold"] == 1 and d["meta"]["mode"] == "accurate"
