"""Report renderers: each takes the typed :class:`claims.Result` and nothing else.

- ``render(result, fmt="json", options=None, **kwargs) -> str``: the report as text;
- ``write_report(result, fmt, path, options=None) -> Path``: the report written
  atomically (a temp file in the same folder, then ``os.replace``: a killed run
  leaves the previous report whole); JSON is streamed record by record;
- ``load_report(path_or_text) -> Result``: a JSON report read back, to re-render
  it in another format without analysing again;
- ``ReportOptions``: organisation, organisation_url, base_url, review_date,
  include_all, title, context, indent.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from factcheck._errors import OutputError, ReportError
from factcheck.claims import Result
from factcheck.report._options import ReportOptions

__all__ = ["FORMATS", "ReportOptions", "load_report", "render", "write_report"]

_SURROGATE = re.compile("[\ud800-\udfff]")

# format name -> module under factcheck.report with a ``render(result, options) -> str``
FORMATS: dict[str, str] = {
    "json": "json_report",
    "markdown": "markdown",
    "html": "html",
    "claimreview": "claimreview",
}


def _module(fmt: str) -> Any:
    try:
        return importlib.import_module(f"factcheck.report.{FORMATS[fmt]}")
    except KeyError:
        raise ReportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None


def _options(options: ReportOptions | None, kwargs: dict[str, Any]) -> ReportOptions:
    if options is None:
        return ReportOptions.of(kwargs)
    if not kwargs:
        return options
    return ReportOptions.of({**attrs.asdict(options, recurse=False), **kwargs})


def render(result: Result, fmt: str = "json", options: ReportOptions | None = None,
           **kwargs: Any) -> str:
    """``result`` as text in format ``fmt`` (one of :data:`FORMATS`).

    Keywords override ``options`` field by field (``date`` and ``all`` are accepted
    for ``review_date`` and ``include_all``); unknown keywords are ignored.
    """
    text: str = _module(fmt).render(result, _options(options, kwargs))
    return text


def _chunks(result: Result, fmt: str, options: ReportOptions) -> Iterable[str]:
    if fmt == "json":
        from factcheck.report import json_report
        return json_report.chunks(result, indent=options.indent)
    # JSON escapes a lone surrogate (from a broken input); no UTF-8 file can hold one
    return [_SURROGATE.sub("\ufffd", render(result, fmt, options))]


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # keep the permissions of the report it replaces
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_report(result: Result, fmt: str, path: str | os.PathLike[str],
                 options: ReportOptions | None = None) -> Path:
    """Write ``result`` as format ``fmt`` to ``path`` atomically; return the path.

    The text goes to a temp file in the same folder, which replaces ``path`` only
    once complete (``os.replace``): a run killed at any moment leaves either the old
    report or the new one, never a part. The JSON report is encoded and written one
    record at a time and is byte-identical to ``render(result, "json", options)``.
    Raises :class:`ReportError` for an unknown format and :class:`OutputError`
    (naming the path) when it cannot be written.
    """
    options = options or ReportOptions()
    _module(fmt)  # an unknown format fails before anything is touched
    target = Path(path)
    if target.is_dir():
        raise OutputError("is a folder, not a file", source=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                   suffix=".part")
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror or exc}",
                          source=str(target)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            for chunk in _chunks(result, fmt, options):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write: {exc.strerror or exc}",
                              source=str(target)) from None
        raise
    return target


def load_report(path_or_text: str | os.PathLike[str]) -> Result:
    """The :class:`Result` saved in a JSON report, given its path or its text.

    ``render(load_report(path), fmt)`` is what rendering the original analysis gave.
    Raises :class:`ReportError` naming the file when it is not a factcheck JSON report.
    """
    from factcheck.report import json_report

    source: str | None
    if isinstance(path_or_text, str) and path_or_text.lstrip().startswith("{"):
        text, source = path_or_text, None
    else:
        source = os.fspath(path_or_text)
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ReportError(f"cannot read: {exc}", source=source) from None
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise ReportError(f"not JSON: {exc}", source=source) from None
    return json_report.load(data, source=source)
