"""The command line: arguments, output, exit codes, and errors printed once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_analyze_writes_a_json_report(tmp_path: Path) -> None:
    """`analyze PATH -o FILE` writes JSON (the default with -o) and exits 0."""
    out = tmp_path / "r.json"
    assert main(["analyze", str(EXAMPLES), "-o", str(out), "-q"]) == EXIT_OK
    data = json.loads(out.read_text())
    assert len(data["articles"]) == 2 and data["claims"]


def test_summary_table_without_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the command prints a readable summary."""
    assert main(["analyze", str(EXAMPLES)]) == EXIT_OK
    assert "propositions from" in capsys.readouterr().out


def test_format_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    """--format without -o prints the report to stdout."""
    assert main(["analyze", str(EXAMPLES), "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["schema_version"] == "1.0"


def test_skipped_inputs_are_named_and_exit_non_zero(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A bad file is skipped with a message naming it; the rest is analyzed; exit 1."""
    (tmp_path / "good.txt").write_text((EXAMPLES / "000_4cc6572603486089.txt").read_text())
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "r.json"
    assert main(["analyze", str(tmp_path), "-o", str(out)]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert "empty.txt" in err and "skipped" in err
    data = json.loads(out.read_text())
    assert len(data["articles"]) == 1
    assert [Path(s["source"]).name for s in data["skipped"]] == ["empty.txt"]


def test_missing_path_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist is reported once, by name, with exit status 3."""
    missing = tmp_path / "nope"
    assert main(["analyze", str(missing)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "nope" in err and "Traceback" not in err


def test_bad_arguments_exit_with_usage_status(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown format is a usage error (argparse exits 2)."""
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(EXAMPLES), "--format", "pdf"])
    assert exc.value.code == 2


def test_empty_folder_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with no articles is not a silent success."""
    assert main(["analyze", str(tmp_path), "-q", "--format", "json"]) == EXIT_SKIPPED
    assert "no articles" in capsys.readouterr().err
