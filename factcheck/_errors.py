"""The exceptions factcheck raises, in one tree.

    FactCheckError                  root: catch this to catch them all
    ├── InputError                  a file or record could not be read
    │   ├── EmptyInputError         (ValueError)  nothing but whitespace
    │   ├── BinaryInputError        (ValueError)  not text: NUL bytes, a known binary signature
    │   ├── DecodeInputError        (UnicodeError) not valid UTF-8 / declared encoding
    │   ├── MalformedInputError     (ValueError)  bad JSON, HTML with no text, bad header
    │   ├── TooLargeInputError      (ValueError)  over the size limit
    │   └── UnsupportedInputError   (ValueError)  an extension no reader handles
    ├── PathNotFoundError           (FileNotFoundError) a path given does not exist
    ├── KnowledgeError              (ValueError)  a knowledge file or row that breaks the schema
    ├── ReportError                 (ValueError)  unknown format, or a report failing its schema
    ├── OutputError                 (OSError)     a report cannot be written where it should go
    └── StoreError                  (OSError)     a corpus store that cannot be opened or is newer

    InputWarning                    (UserWarning) an input was read, but something in it was
                                    dropped or could not be trusted (a date, a charset)

Every error carries ``source`` (the file or URL) and, where it applies,
``offset`` (a character or byte offset into it), and says both in its message.
"""

from __future__ import annotations

import os

__all__ = [
    "BinaryInputError",
    "DecodeInputError",
    "EmptyInputError",
    "FactCheckError",
    "InputError",
    "InputWarning",
    "KnowledgeError",
    "MalformedInputError",
    "OutputError",
    "PathNotFoundError",
    "ReportError",
    "StoreError",
    "TooLargeInputError",
    "UnsupportedInputError",
    "debugging",
]


def debugging() -> bool:
    """Whether ``FACTCHECK_DEBUG`` is set: an unexpected exception then propagates with
    its traceback, instead of becoming one input's skip reason or one line of the CLI."""
    return bool(os.environ.get("FACTCHECK_DEBUG"))


class FactCheckError(Exception):
    """Root of every error factcheck raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None,
                 offset: int | None = None) -> None:
        self.message = message
        self.source = source
        self.offset = offset
        where = source or ""
        if offset is not None:
            where = f"{where} (offset {offset})" if where else f"offset {offset}"
        super().__init__(f"{where}: {message}" if where else message)


class InputError(FactCheckError):
    """A file or record could not be turned into an article."""


class EmptyInputError(InputError, ValueError):
    """The input holds no text."""


class BinaryInputError(InputError, ValueError):
    """The input is binary, not text."""


class DecodeInputError(InputError, UnicodeError):
    """The input's bytes are not valid text in its encoding."""


class MalformedInputError(InputError, ValueError):
    """The input is text but not well-formed for its format."""


class TooLargeInputError(InputError, ValueError):
    """The input exceeds the size limit."""


class UnsupportedInputError(InputError, ValueError):
    """No reader handles this kind of file."""


class PathNotFoundError(FactCheckError, FileNotFoundError):
    """A path given to load or analyze does not exist."""


class KnowledgeError(FactCheckError, ValueError):
    """A knowledge file is unreadable or one of its rows breaks the schema."""


class ReportError(FactCheckError, ValueError):
    """A report could not be produced: unknown format, or output that fails its schema."""


class OutputError(FactCheckError, OSError):
    """The report cannot be written: the output path is a folder, or under a file, or
    not writable."""


class StoreError(FactCheckError, OSError):
    """A corpus store cannot be used: not a store, unreadable, or of a newer schema."""


class InputWarning(UserWarning):
    """An input was read, but part of it was dropped or distrusted (issued by the
    in-memory readers; batch readers list these in ``warnings`` instead)."""
