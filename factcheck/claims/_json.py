"""JSON (un)structuring of the model with cattrs: dates as ISO strings, enums as values."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs

__all__ = ["converter", "dumps", "loads"]

T = TypeVar("T")

converter = cattrs.Converter()
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


def dumps(obj: Any, **kwargs: Any) -> str:
    """Any model record (or list of them) as JSON text."""
    return json.dumps(converter.unstructure(obj), ensure_ascii=False, **kwargs)


def loads(text: str, cls: type[T]) -> T:
    """A model record of type ``cls`` from JSON text."""
    return converter.structure(json.loads(text), cls)
