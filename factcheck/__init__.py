"""factcheck: who claims what, when, and which claims are corroborated or contested.

    >>> import factcheck
    >>> result = factcheck.analyze(["examples"])          # doctest: +SKIP
    >>> [c.verdict for c in result.clusters][:3]          # doctest: +SKIP

Names are imported on first use (module ``__getattr__``): ``import factcheck``
costs milliseconds, which matters because pytest imports the package's step
plugin in every run wherever it is installed. To export a name, add it to
``_EXPORTS`` (its module), to the ``TYPE_CHECKING`` imports and to ``__all__``.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck._errors import (
        BinaryInputError,
        DecodeInputError,
        EmptyInputError,
        FactCheckError,
        InputError,
        InputWarning,
        KnowledgeError,
        MalformedInputError,
        OutputError,
        PathNotFoundError,
        ReportError,
        StoreError,
        TooLargeInputError,
        UnsupportedInputError,
    )
    from factcheck._pipeline import Options, analyze, analyze_articles
    from factcheck.claims import (
        Article,
        Claim,
        Cluster,
        DateSource,
        Kind,
        Notice,
        Party,
        PartyKind,
        PartyRole,
        Result,
        Skipped,
        Speaker,
        Stance,
        Verdict,
    )
    from factcheck.extract import extract
    from factcheck.ingest import (
        Loaded,
        load,
        read_article,
        read_articles,
        read_html,
        read_record,
        read_text,
    )
    from factcheck.knowledge import Knowledge
    from factcheck.match import cluster_claims
    from factcheck.report import ReportOptions, load_report, render, write_report
    from factcheck.store import AddReport, Store
    from factcheck.verify import judge

    __version__: str

# module -> the public names it provides
_EXPORTS: dict[str, tuple[str, ...]] = {
    "factcheck._errors": (
        "BinaryInputError", "DecodeInputError", "EmptyInputError", "FactCheckError",
        "InputError", "InputWarning", "KnowledgeError", "MalformedInputError", "OutputError",
        "PathNotFoundError", "ReportError", "StoreError",
        "TooLargeInputError", "UnsupportedInputError"),
    "factcheck._pipeline": ("Options", "analyze", "analyze_articles"),
    "factcheck.claims": (
        "Article", "Claim", "Cluster", "DateSource", "Kind", "Notice", "Party", "PartyKind",
        "PartyRole", "Result",
        "Skipped",
        "Speaker", "Stance", "Verdict"),
    "factcheck.extract": ("extract",),
    "factcheck.ingest": ("Loaded", "load", "read_article", "read_articles", "read_html",
                         "read_record", "read_text"),
    "factcheck.knowledge": ("Knowledge",),
    "factcheck.match": ("cluster_claims",),
    "factcheck.report": ("ReportOptions", "load_report", "render", "write_report"),
    "factcheck.store": ("AddReport", "Store"),
    "factcheck.verify": ("judge",),
}
_WHERE: dict[str, str] = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "AddReport",
    "Article",
    "BinaryInputError",
    "Claim",
    "Cluster",
    "DateSource",
    "DecodeInputError",
    "EmptyInputError",
    "FactCheckError",
    "InputError",
    "InputWarning",
    "Kind",
    "Knowledge",
    "KnowledgeError",
    "Loaded",
    "MalformedInputError",
    "Notice",
    "Options",
    "OutputError",
    "Party",
    "PartyKind",
    "PartyRole",
    "PathNotFoundError",
    "ReportError",
    "ReportOptions",
    "Result",
    "Skipped",
    "Speaker",
    "Stance",
    "Store",
    "StoreError",
    "TooLargeInputError",
    "UnsupportedInputError",
    "Verdict",
    "__version__",
    "analyze",
    "analyze_articles",
    "cluster_claims",
    "extract",
    "judge",
    "load",
    "load_report",
    "read_article",
    "read_articles",
    "read_html",
    "read_record",
    "read_text",
    "render",
    "write_report",
]


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("factcheck-news")
    except metadata.PackageNotFoundError:  # a source tree that is not installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _version()
    elif name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
    else:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The package module: keeps a public function that shares its name with a subpackage.

    Loading ``factcheck.extract`` makes the import system set the package attribute
    ``extract`` to the subpackage, whichever submodule was imported first; the
    function stays (the module is in ``sys.modules``), and the subpackage mirrors its
    submodules onto it (:class:`_Shadowed`).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if (isinstance(value, types.ModuleType) and name in _WHERE
                and value.__name__ == f"{__name__}.{name}"):
            _shadow(value)
            return
        super().__setattr__(name, value)


def _submodules(module: types.ModuleType) -> dict[str, types.ModuleType]:
    return {k: v for k, v in vars(module).items()
            if isinstance(v, types.ModuleType) and v.__name__ == f"{module.__name__}.{k}"}


def _shadow(subpackage: types.ModuleType) -> None:
    function = getattr(subpackage, subpackage.__name__.rpartition(".")[2], None)
    if function is None or isinstance(subpackage, _Shadowed):
        return
    for name, module in _submodules(subpackage).items():
        setattr(function, name, module)
    subpackage.__class__ = _Shadowed


class _Shadowed(types.ModuleType):
    """A subpackage whose name the package gives to a function (``factcheck.extract``).

    ``import factcheck.extract._speakers as S`` walks attributes from ``factcheck``:
    ``factcheck.extract`` is the function, so each submodule loaded into the
    subpackage is also set on the function, where that walk looks for it.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if isinstance(value, types.ModuleType) and value.__name__ == f"{self.__name__}.{name}":
            setattr(getattr(self, self.__name__.rpartition(".")[2]), name, value)


sys.modules[__name__].__class__ = _Package
