"""The command line: arguments, output, exit codes, and errors printed once."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from factcheck.claims import Cluster, Result
from factcheck.cli import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_SKIPPED,
    EXIT_USAGE,
    _cut,
    _summary,
    main,
    output_format,
    plain,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BAD_INPUT = ROOT / "features" / "data" / "bad-input"
GOOD = BAD_INPUT / "good.txt"


def _report(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _sources(items: object) -> list[str]:
    assert isinstance(items, list)
    return [Path(s["source"]).name for s in items]


def test_analyze_writes_a_json_report(tmp_path: Path) -> None:
    """`analyze PATH -o FILE.json` writes JSON and exits 0."""
    out = tmp_path / "r.json"
    assert main(["analyze", str(EXAMPLES), "-o", str(out), "-q"]) == EXIT_OK
    data = _report(out)
    assert len(data["articles"]) == 2 and data["claims"]  # type: ignore[arg-type]


def test_summary_table_without_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the command prints a readable summary, saying how many rows it shows."""
    assert main(["analyze", str(EXAMPLES)]) == EXIT_OK
    assert "propositions (stated twice or more, or denied)" in capsys.readouterr().out


def test_format_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    """--format without -o prints the report to stdout."""
    assert main(["analyze", str(EXAMPLES), "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["schema_version"] == "1.0"


def test_skipped_inputs_are_named_and_exit_non_zero(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A bad file is skipped with a message naming it; the rest is analyzed; exit 1."""
    shutil.copy(GOOD, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "out" / "r.json"
    assert main(["analyze", str(tmp_path), "-o", str(out)]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert "empty.txt" in err and "skipped" in err
    data = _report(out)
    assert len(data["articles"]) == 1  # type: ignore[arg-type]
    assert _sources(data["skipped"]) == ["empty.txt"]


def test_bad_arguments_exit_with_usage_status() -> None:
    """An unknown format is a usage error (argparse exits 2)."""
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(EXAMPLES), "--format", "pdf"])
    assert exc.value.code == EXIT_USAGE


@pytest.mark.parametrize("option", ["--max-bytes", "--max-records"])
@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_limits_must_be_positive(option: str, value: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """--max-bytes and --max-records of zero, below zero or not a number are usage errors."""
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(EXAMPLES), option, value])
    assert exc.value.code == EXIT_USAGE
    assert option in capsys.readouterr().err


def test_empty_folder_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with no articles is not a silent success."""
    assert main(["analyze", str(tmp_path), "-q", "--format", "json"]) == EXIT_SKIPPED
    assert "no articles" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the installed distribution's version."""
    from importlib import metadata

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"factcheck {metadata.version('factcheck-news')}"


# --- paths ------------------------------------------------------------------------------

def test_one_missing_path_is_skipped_by_name(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A missing path among good ones is skipped by name; the others are analyzed; exit 1."""
    out = tmp_path / "r.json"
    missing = tmp_path / "nope.txt"
    assert main(["analyze", str(GOOD), str(missing), "-o", str(out)]) == EXIT_SKIPPED
    assert "nope.txt" in capsys.readouterr().err
    data = _report(out)
    assert len(data["articles"]) == 1  # type: ignore[arg-type]
    assert _sources(data["skipped"]) == ["nope.txt"]


def test_all_paths_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only missing paths: each is named once, no traceback, exit 1."""
    assert main(["analyze", str(tmp_path / "nope"), str(tmp_path / "nada"), "-q"]) == (
        EXIT_SKIPPED)
    err = capsys.readouterr().err
    assert "nope" in err and "nada" in err and "Traceback" not in err


@pytest.mark.parametrize("data, articles", [
    (GOOD.read_bytes(), 1),
    (b'{"text": "The mayor said so."}\n{"text": "The council said so too."}\n', 2),
])
def test_stdin(data: bytes, articles: int, tmp_path: Path,
               monkeypatch: pytest.MonkeyPatch) -> None:
    """'-' reads standard input: one article's text, or JSON Lines."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = tmp_path / "r.json"
    assert main(["analyze", "-", "-o", str(out), "-q"]) == EXIT_OK
    assert len(_report(out)["articles"]) == articles  # type: ignore[arg-type]


# --- output -----------------------------------------------------------------------------

@pytest.mark.parametrize("name, fmt", [
    ("r.json", "json"), ("r.HTML", "html"), ("r.htm", "html"), ("r.md", "markdown"),
    ("r.markdown", "markdown"), ("r.jsonld", "claimreview"),
    ("r.claimreview.json", "claimreview"), ("report", "json"), ("r.txt", "json"),
])
def test_format_follows_the_output_name(name: str, fmt: str) -> None:
    """Without --format the report's file name picks the format; JSON otherwise."""
    assert output_format(Path(name), None) == fmt


def test_explicit_format_wins_over_the_name() -> None:
    """--format is obeyed whatever the file is called; no -o and no format: the table."""
    assert output_format(Path("r.html"), "json") == "json"
    assert output_format(None, None) is None


def test_html_report_by_extension(tmp_path: Path) -> None:
    """-o report.html writes HTML, not JSON."""
    out = tmp_path / "report.html"
    assert main(["analyze", str(EXAMPLES), "-o", str(out), "-q"]) == EXIT_OK
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


@pytest.mark.parametrize("where", ["folder", "under a file"])
def test_unwritable_output_is_one_line_exit_3(where: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """-o an existing folder, or a path under a file: exit 3, one line, no traceback."""
    (tmp_path / "afile").write_text("x")
    (tmp_path / "afolder").mkdir()
    out = tmp_path / "afolder" if where == "folder" else tmp_path / "afile" / "r.json"
    assert main(["analyze", str(GOOD), "-o", str(out), "-q"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(out) in err
    assert len(err.strip().splitlines()) == 1


def test_old_report_survives_a_failed_write(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A report that fails half-way leaves the previous one whole (atomic write)."""
    out = tmp_path / "r.json"
    out.write_text('{"old": true}')

    def broken(*args: object, **kwargs: object) -> object:
        yield "{"
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("factcheck.report._chunks", broken)
    assert main(["analyze", str(GOOD), "-o", str(out), "-q"]) == EXIT_ERROR
    assert out.read_text() == '{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


# --- hostile input: one bad file never stops the batch ----------------------------------

HOSTILE = {
    "big-number.json": "bad JSON",
    "charset-hex.html": "not a text encoding",
    "charset-base64.html": "not a text encoding",
    "charset-rot13.html": "not a text encoding",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_beside_a_good_one(name: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The good file's claims come out, the bad one is named with its reason, exit 1."""
    shutil.copy(GOOD, tmp_path / "good.txt")
    shutil.copy(BAD_INPUT / name, tmp_path / name)
    out = tmp_path / "out" / "r.json"
    assert main(["analyze", str(tmp_path), "-o", str(out), "-q"]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert name in err and HOSTILE[name] in err and "Traceback" not in err
    data = _report(out)
    assert [a["id"] for a in data["articles"]] == ["good"]  # type: ignore[attr-defined]
    assert data["claims"]


@pytest.mark.parametrize("make", ["folder", "named"])
def test_symlink_loop(make: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A symlink loop in a folder or named on the command line is skipped by name."""
    shutil.copy(GOOD, tmp_path / "good.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    paths = [str(tmp_path)] if make == "folder" else [str(tmp_path / "good.txt"),
                                                       str(tmp_path / "loop.txt")]
    out = tmp_path / "out" / "r.json"
    assert main(["analyze", *paths, "-o", str(out), "-q"]) == EXIT_SKIPPED
    assert "loop.txt" in capsys.readouterr().err
    assert len(_report(out)["articles"]) == 1  # type: ignore[arg-type]


def test_year_one_and_a_weekday(tmp_path: Path) -> None:
    """published 0001-01-01 with "on Tuesday" is read as undated, with a warning."""
    shutil.copy(BAD_INPUT / "year-one.txt", tmp_path / "year-one.txt")
    out = tmp_path / "r.json"
    assert main(["analyze", str(tmp_path), "-o", str(out), "-q"]) == EXIT_OK
    data = _report(out)
    assert [a["published"] for a in data["articles"]] == [None]  # type: ignore[attr-defined]
    assert any("0001-01-01" in w["message"] for w in data["warnings"])  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", ["json", "html", "markdown", "claimreview"])
def test_lone_surrogate_reaches_every_format(fmt: str, tmp_path: Path) -> None:
    """A lone surrogate in a JSON title no longer crashes the report at write time."""
    shutil.copy(BAD_INPUT / "surrogate.json", tmp_path / "surrogate.json")
    out = tmp_path / "r.out"
    assert main(["analyze", str(tmp_path), "-f", fmt, "-o", str(out), "-q"]) == EXIT_OK
    out.read_text(encoding="utf-8")


def test_extraction_error_skips_that_article_only(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception while extracting one article makes it a skipped item, never a crash."""
    from factcheck.claims import Article, Claim
    from factcheck.extract import extract

    def flaky(article: Article, *args: Any, **kwargs: Any) -> list[Claim]:
        if article.id == "bad":
            raise OverflowError("date value out of range")
        return extract(article, *args, **kwargs)

    monkeypatch.setattr("factcheck._parallel.extract", flaky)
    shutil.copy(GOOD, tmp_path / "good.txt")
    shutil.copy(GOOD, tmp_path / "bad.txt")
    out = tmp_path / "out" / "r.json"
    assert main(["analyze", str(tmp_path), "-o", str(out), "-q"]) == EXIT_SKIPPED
    data = _report(out)
    assert [a["id"] for a in data["articles"]] == ["good"]  # type: ignore[attr-defined]
    assert "OverflowError" in data["skipped"][0]["reason"]  # type: ignore[index]


def test_unexpected_error_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A bug in the run itself is one line and exit 3, not a traceback."""
    def boom(*args: object, **kwargs: object) -> object:
        raise ZeroDivisionError("oops")

    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    monkeypatch.setattr("factcheck.cli.analyze_articles", boom)
    assert main(["analyze", str(GOOD), "-q"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "ZeroDivisionError" in err and "Traceback" not in err


def test_unsupported_files_in_a_folder_are_counted(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A file the walk does not read is named on stderr and in the report's skipped."""
    shutil.copy(GOOD, tmp_path / "good.txt")
    shutil.copy(BAD_INPUT / "notes.pdf", tmp_path / "notes.pdf")
    out = tmp_path / "out" / "r.json"
    assert main(["analyze", str(tmp_path), "-o", str(out)]) == EXIT_SKIPPED
    assert "notes.pdf" in capsys.readouterr().err
    assert _sources(_report(out)["skipped"]) == ["notes.pdf"]


# --- the terminal: user data is printed, never interpreted -----------------------------

def test_markup_in_a_file_name_is_printed_literally(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A path holding rich markup ("[/bold]") is printed as it is, without a MarkupError."""
    (tmp_path / "[").mkdir()
    (tmp_path / "[" / "bold].txt").write_text("")
    shutil.copy(GOOD, tmp_path / "good.txt")
    assert main(["analyze", str(tmp_path), "-q"]) == EXIT_SKIPPED
    assert "[/bold].txt" in capsys.readouterr().err


def test_summary_strips_escape_sequences_and_markup() -> None:
    """Article text reaches the summary table with controls replaced and markup literal."""
    cluster = Cluster(id="p1", claims=["a", "b"], representative="a",
                      statement="[bold]Hi[/bold] \x1b]0;owned\x07 there", verdict="contested")
    console = Console(file=io.StringIO(), width=200, force_terminal=False)
    _summary(Result(clusters=[cluster]), console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "[bold]Hi[/bold]" in shown
    assert "\x1b" not in shown and "\x07" not in shown


@pytest.mark.parametrize("text, expected", [
    ("a\x1b]0;x\x07b", "a\ufffd]0;x\ufffdb"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("\u202eevil", "\ufffdevil"),
    ("lone \ud800", "lone \ufffd"),
])
def test_plain(text: str, expected: str) -> None:
    """plain() replaces what could drive a terminal and keeps tabs and newlines."""
    assert plain(text) == expected


def test_statements_are_cut_at_a_word() -> None:
    """A long statement is cut at a word boundary, with an ellipsis."""
    cut = _cut("word " * 40, 30)
    assert cut.endswith("…") and len(cut) <= 30 and cut[:-1].split() == ["word"] * 5


# --- invariant: no input crashes a batch ------------------------------------------------

_FILES = st.lists(st.tuples(
    st.sampled_from([".txt", ".html", ".json", ".jsonl", ".md"]),
    st.one_of(st.binary(max_size=200),
              st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
              st.sampled_from([b'{"text": "x", "n": ' + b"1" * 4400 + b"}",
                               b'<meta charset="hex"><p>x</p>',
                               b"published: 0001-01-01\n\nThey said on Tuesday it was so.\n",
                               b'{"title": "\\ud800", "text": "The mayor said so."}']))),
    min_size=1, max_size=4)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=_FILES)
def test_no_input_crashes_a_batch(tmp_path: Path, files: list[tuple[str, bytes]]) -> None:
    """Random files beside a good one: the run ends 0 or 1 and the good article is in it."""
    folder = tmp_path / "batch"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copy(GOOD, folder / "good.txt")
    for n, (suffix, data) in enumerate(files):
        (folder / f"f{n}{suffix}").write_bytes(data)
    out = tmp_path / "r.json"
    status = main(["analyze", str(folder), "-o", str(out), "-q"])
    assert status in (EXIT_OK, EXIT_SKIPPED)
    assert "good" in [a["id"] for a in _report(out)["articles"]]  # type: ignore[attr-defined]
    os.remove(out)
