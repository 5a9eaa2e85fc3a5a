"""Writing reports: atomic replacement, streamed JSON, loading a report back, determinism."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest

import factcheck
import factcheck.claims as claims
from factcheck.claims import Result
from factcheck.report import ReportOptions, load_report, write_report

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "reports"


def _load(name: str) -> Result:
    return claims.loads((FIXTURES / name).read_text(encoding="utf-8"), Result)


RESULT = _load("result.json")
HOSTILE = _load("hostile.json")
FORMATS = ["json", "markdown", "html", "claimreview"]


# -- write_report ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_written_report_is_the_rendered_text(tmp_path: Path, fmt: str) -> None:
    """The file write_report leaves holds exactly what render returns, and no temp file."""
    options = ReportOptions(review_date="2024-03-01")
    out = write_report(RESULT, fmt, tmp_path / "sub" / f"report.{fmt}", options)
    assert out.read_bytes() == factcheck.render(RESULT, fmt, options).encode("utf-8")
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


def test_a_report_replaces_the_old_one_and_keeps_its_permissions(tmp_path: Path) -> None:
    """Writing over a report replaces it whole and keeps the file's mode."""
    out = tmp_path / "report.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    write_report(RESULT, "json", out)
    assert load_report(out) == RESULT
    assert out.stat().st_mode & 0o777 == 0o640


def test_unknown_format_touches_nothing(tmp_path: Path) -> None:
    """An unknown format is a ReportError before any file is made."""
    with pytest.raises(factcheck.ReportError, match="unknown format"):
        write_report(RESULT, "pdf", tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["folder", "under-a-file"])
def test_unwritable_output_is_an_output_error_naming_it(tmp_path: Path, where: str) -> None:
    """A folder, or a path under a file, is an OutputError that names the path."""
    (tmp_path / "file").write_text("x", encoding="utf-8")
    target = tmp_path if where == "folder" else tmp_path / "file" / "r.json"
    with pytest.raises(factcheck.FactCheckError) as exc:
        write_report(RESULT, "json", target)
    assert str(target) in str(exc.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


KILLED_WRITER = """\
import sys, time
import factcheck.claims as claims
from factcheck.report import json_report, write_report

result = claims.loads(open(sys.argv[1], encoding="utf-8").read(), claims.Result)
whole = json_report.chunks

def stalled(result, indent=2):
    for i, chunk in enumerate(whole(result, indent)):
        yield chunk
        if i == 8:  # part of the report is written: stop here until killed
            print("writing", flush=True)
            time.sleep(600)

json_report.chunks = stalled
write_report(result, "json", sys.argv[2])
"""


def test_a_writer_killed_mid_write_leaves_the_old_report_whole(tmp_path: Path) -> None:
    """SIGKILL during a write: the previous report is still there, byte for byte."""
    out = tmp_path / "report.json"
    write_report(HOSTILE, "json", out)
    old = out.read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(FIXTURES / "result.json"),
                             str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        assert [p for p in tmp_path.iterdir() if p.name != out.name]  # the new one, in part
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == old
    assert load_report(out) == HOSTILE


# -- the JSON stream ------------------------------------------------------------------------

@pytest.mark.parametrize("result", [RESULT, HOSTILE, Result()], ids=["result", "hostile", "empty"])
@pytest.mark.parametrize("indent", [2, 0, 4, None])
def test_streamed_json_is_json_dumps_of_the_whole_report(result: Result,
                                                         indent: int | None) -> None:
    """The chunks joined are json.dumps of the report's data, with "<" escaped."""
    from factcheck.report import json_report

    whole = json.dumps(json_report.to_dict(result), ensure_ascii=False, indent=indent)
    assert "".join(json_report.chunks(result, indent)) == whole.replace("<", "\\u003c")


def test_json_is_streamed_one_record_at_a_time() -> None:
    """No chunk holds more than one record: the whole report never sits in one string."""
    from factcheck.report import json_report

    many = Result(articles=RESULT.articles, claims=RESULT.claims * 40, clusters=RESULT.clusters)
    pieces = list(json_report.chunks(many))
    records = [json.dumps(r, ensure_ascii=False, indent=2) for key, value
               in json_report.to_dict(many).items() if isinstance(value, list) for r in value]
    assert max(len(p) for p in pieces) <= max(len(r) for r in records) * 1.5 + 20
    assert len(pieces) > len(many.claims)


@pytest.mark.parametrize("fmt", ["json", "claimreview"])
def test_no_raw_less_than_sign_so_it_can_sit_in_a_script_element(fmt: str) -> None:
    """'<' is written \\u003c: the text can go in <script type="application/ld+json">."""
    text = factcheck.render(HOSTILE, fmt)
    assert "<" not in text and "</script" not in text.lower()
    assert "<script>" in json.dumps(json.loads(text), ensure_ascii=False)


# -- load_report ----------------------------------------------------------------------------

@pytest.mark.parametrize("result", [RESULT, HOSTILE, Result()], ids=["result", "hostile", "empty"])
def test_a_json_report_loads_back_into_the_same_result(result: Result) -> None:
    """load_report(render(result, "json")) == result, so every format re-renders the same."""
    text = factcheck.render(result, "json")
    loaded = load_report(text)
    assert loaded == result
    assert factcheck.render(loaded, "json") == text
    assert factcheck.render(loaded, "html") == factcheck.render(result, "html")
    assert factcheck.render(loaded, "markdown") == factcheck.render(result, "markdown")


def test_a_report_file_loads_by_path(tmp_path: Path) -> None:
    """A path (str or Path) to a saved report loads too."""
    out = write_report(RESULT, "json", tmp_path / "r.json")
    assert load_report(out) == load_report(str(out)) == RESULT


@pytest.mark.parametrize(("text", "message"), [
    ("not json at all", "not JSON"),
    ('{"articles": []}', "not a factcheck JSON report"),
    ('{"schema_version": "9.0"}', "schema_version"),
    ('{"schema_version": "1.0", "articles": [{"id": "a", "source": "s"}]}', "no body"),
    ('{"schema_version": "1.0", "claims": [{"id": "c"}]}', "not a valid"),
])
def test_what_is_no_report_is_a_report_error_naming_the_file(tmp_path: Path, text: str,
                                                              message: str) -> None:
    """A file that is not a loadable report raises ReportError with its path and why."""
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(factcheck.ReportError, match=message) as exc:
        load_report(bad)
    assert str(bad) in str(exc.value)


# -- determinism ----------------------------------------------------------------------------

SEEDED = """\
import hashlib, sys
import factcheck
from factcheck.claims import Article, Claim, Cluster, Result, Speaker, Verdict

def speaker(name):
    return Speaker(name=name, party="XX")

# names that differ only in case: a set of them iterates in a PYTHONHASHSEED order
names = ["ola berg", "Ola berg", "ola Berg", "Ola Berg", "OLA BERG", "oLA bERG", "OLA berg",
         "ola BERG"]
body = " ".join(f"{n} said salmon is cheap." for n in names)
article = Article(id="a", source="a.txt", body=body)
found, at = [], 0
for i, n in enumerate(names):
    start = body.index("salmon is cheap", at)
    at = start + 1
    found.append(Claim.of(article, start, start + len("salmon is cheap"), id=f"c{i}",
                          speaker=speaker(n), cluster="P"))
cluster = Cluster(id="P", claims=[c.id for c in found], representative="c0",
                  statement="salmon is cheap", verdict=Verdict.UNCORROBORATED)
result = Result(articles=[article], claims=found, clusters=[cluster])
for fmt in ("html", "markdown"):
    print(fmt, hashlib.sha256(factcheck.render(result, fmt).encode()).hexdigest())
"""


def test_html_and_markdown_do_not_depend_on_the_hash_seed() -> None:
    """Two interpreters with different PYTHONHASHSEED write byte-identical reports."""
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", SEEDED], env=env, capture_output=True,
                              text=True, check=True)
        outs.append(done.stdout)
    assert outs[0] == outs[1]
    assert [line.split()[0] for line in outs[0].splitlines()] == ["html", "markdown"]


def test_seeded_script_really_varies_set_order() -> None:
    """The names above iterate in another order under another seed (the test can fail)."""
    script = textwrap.dedent("""\
        names = ["ola berg", "Ola berg", "ola Berg", "Ola Berg", "OLA BERG", "oLA bERG",
                 "OLA berg", "ola BERG"]
        print(list(set(names)))
        """)
    orders = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout
              for seed in ("1", "2")}
    assert len(orders) == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_surrogate_in_the_data_does_not_stop_the_write(tmp_path: Path, fmt: str) -> None:
    """A lone surrogate (a broken \\ud800 escape in a JSON input) is written: escaped in
    JSON and ClaimReview (the report loads back to the same text), U+FFFD elsewhere."""
    article = attrs.evolve(RESULT.articles[0], title="broken \ud800 title")
    result = attrs.evolve(RESULT, articles=(article, *RESULT.articles[1:]))
    out = write_report(result, fmt, tmp_path / "r.out", ReportOptions(include_all=True))
    text = out.read_text(encoding="utf-8")
    if fmt in ("json", "claimreview"):
        assert "broken \\ud800 title" in text
    else:
        assert "broken \ufffd title" in text
    if fmt == "json":
        assert load_report(out) == result
