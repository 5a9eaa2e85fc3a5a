"""The analyses a test session shares: each path of articles is analyzed once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck._errors import FactCheckError
from factcheck._pipeline import analyze
from factcheck._steps._expect import StepFailed
from factcheck.claims import Result

__all__ = ["Analyses", "resolve"]


def resolve(path: str, bases: Sequence[Path]) -> Path:
    """``path`` as is if absolute, else under the first of ``bases`` where it exists."""
    given = Path(path).expanduser()
    tried = [given] if given.is_absolute() else [base / given for base in bases]
    for candidate in tried:
        if candidate.exists():
            return candidate.resolve()
    raise StepFailed(f"articles {path!r}\n"
                     f"  expected: a file or folder of articles\n"
                     f"  found:    nothing at {', '.join(str(t) for t in tried)}")


class Analyses:
    """The result of :func:`factcheck.analyze` per resolved path, computed on first use."""

    def __init__(self) -> None:
        self._results: dict[Path, Result] = {}

    def __len__(self) -> int:
        return len(self._results)

    def get(self, path: Path) -> Result:
        """The analysis of the articles at ``path``."""
        key = path.resolve()
        if key not in self._results:
            try:
                self._results[key] = analyze([key])
            except FactCheckError as exc:
                raise StepFailed(f"articles {str(path)!r}\n"
                                 f"  expected: an analysis\n  found:    error: {exc}") from exc
        return self._results[key]
