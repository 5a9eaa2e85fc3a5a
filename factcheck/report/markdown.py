"""markdown report (PLACEHOLDER)."""

from __future__ import annotations

from typing import Any

from claims import Result


def render(result: Result, **options: Any) -> str:
    raise NotImplementedError
