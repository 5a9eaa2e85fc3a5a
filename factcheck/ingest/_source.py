"""Bytes to text, refusing what is not an article: too large, empty, binary, undecodable."""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from factcheck._errors import (
    BinaryInputError,
    DecodeInputError,
    EmptyInputError,
    InputError,
    TooLargeInputError,
)

__all__ = ["DEFAULT_MAX_BYTES", "check_bytes", "decode", "html_charset", "read_bytes"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# File signatures of formats people drop into a folder of articles by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX, XLSX, EPUB)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (DOC, XLS)"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O binary"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"wOFF", "a WOFF font"),
    (b"\x00asm", "a WebAssembly module"),
)
_UTF16_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                  codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                           re.IGNORECASE)
# The WHATWG encoding standard reads these labels as windows-1252, and so do browsers.
_HTML_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252",
                 "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}


def read_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    """The bytes of ``path``; the size is checked before the file is read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file", source=source)
        size = info.st_size
        if size > max_bytes:
            raise TooLargeInputError(f"{size} bytes, over the limit of {max_bytes}",
                                     source=source)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # a file may grow, or lie about its size
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from exc
    return check_bytes(data, source, max_bytes)


def check_bytes(data: bytes, source: str, max_bytes: int) -> bytes:
    """``data``, unless it is too large, empty or binary (then the InputError saying so)."""
    if len(data) > max_bytes:
        raise TooLargeInputError(f"over the limit of {max_bytes} bytes", source=source)
    if not data.strip():
        raise EmptyInputError("empty or whitespace only", source=source)
    if data.startswith(_UTF16_32_BOMS):
        raise DecodeInputError("UTF-16/UTF-32 text (byte-order mark); save it as UTF-8",
                               source=source, offset=0)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"binary file: {kind}", source=source, offset=0)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInputError("binary file: NUL byte", source=source, offset=nul)
    return data


def html_charset(data: bytes, source: str = "") -> tuple[str, str | None]:
    """The encoding an HTML page declares in a ``<meta>`` near its top (else UTF-8), and
    a warning when the declared label is unknown and UTF-8 is read instead.

    A label Python knows but that is no text encoding (``hex``, ``base64``, ``rot13``)
    is a DecodeInputError: such a page is not a web page a browser would show.
    """
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return "utf-8", None
    label = found.group(1).decode("ascii").lower()
    label = _HTML_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:  # as browsers do with a label they do not know
        return "utf-8", f"unknown charset {label!r} declared; read as UTF-8"
    if not getattr(info, "_is_text_encoding", True):
        raise DecodeInputError(f"declares charset {label!r}, which is not a text encoding",
                               source=source)
    # A page that says UTF-16 in ASCII bytes is not UTF-16; browsers read it as UTF-8.
    return ("utf-8" if info.name.startswith(("utf-16", "utf-32")) else info.name), None


def decode(data: bytes, source: str, encoding: str = "utf-8") -> str:
    """``data`` as text; a UTF-8 byte-order mark is dropped, bad bytes name their offset."""
    skip = 0
    if data.startswith(codecs.BOM_UTF8):
        skip, encoding = len(codecs.BOM_UTF8), "utf-8"
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        bad = data[skip + exc.start]
        raise DecodeInputError(f"not valid {encoding}: {exc.reason} (byte 0x{bad:02x})",
                               source=source, offset=skip + exc.start) from exc
    except (LookupError, UnicodeError, ValueError) as exc:  # a codec that is no text codec
        raise DecodeInputError(f"cannot decode as {encoding}: {exc}", source=source) from exc
    if not text.strip():
        raise EmptyInputError("empty or whitespace only", source=source)
    return text
