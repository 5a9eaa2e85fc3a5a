"""JSON (un)structuring of the model with cattrs: dates as ISO strings, enums as values."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs

from factcheck.claims._model import Party, _as_party

__all__ = ["converter", "dumps", "loads"]

T = TypeVar("T")

converter = cattrs.Converter()
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


def _party(value: Any, _: object) -> Party | None:
    """A party as a record, or as the bare id earlier files and the JSON report write
    (``"RU"``; ``"unknown"`` and null are None)."""
    if value is None or isinstance(value, str):
        return _as_party(value)
    return converter.structure(value, Party)


converter.register_structure_hook(Party | None, _party)  # type: ignore[arg-type]


def dumps(obj: Any, **kwargs: Any) -> str:
    """Any model record (or list of them) as JSON text."""
    return json.dumps(converter.unstructure(obj), ensure_ascii=False, **kwargs)


def loads(text: str, cls: type[T]) -> T:
    """A model record of type ``cls`` from JSON text."""
    return converter.structure(json.loads(text), cls)
