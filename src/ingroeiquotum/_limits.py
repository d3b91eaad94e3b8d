"""
What a loader reads, and within which limits: :class:`Limits` (the bounds every loader of
:mod:`ingroeiquotum._tables` keeps, which a caller can raise), the text lines of a CSV source
read one at a time within them, and the neutralising of cells that a spreadsheet would run as
formulas (:func:`neutralised` for the writers, :func:`restored` for the readers).

In the core layer, beside :mod:`ingroeiquotum._tables`, which reads every table through it.
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError

# -- limits -------------------------------------------------------------------------------------


def _at_least_one(instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgument(
            f"limits.{attribute.name}", value, "must be a whole number of at least 1"
        )


@attrs.frozen(kw_only=True)
class Limits:
    """
    How much a loader reads before it stops with a :class:`LoadError` naming the limit: every
    loader reads in time and memory linear in its input, and these bound the input. The
    defaults are far above any real population file (see ``docs/reference/data-schema.md``
    for the largest plausible files and what they cost); raise one by passing, for example,
    ``limits=Limits(rows=5_000_000)`` to a loader.

    ``columns``: columns of the header (CSV, Excel) or keys of a JSON row. ``line_length``:
    characters of one line of a CSV file. ``field_size``: characters of one CSV cell, also one
    that spans lines (a quoted cell holding line breaks). ``rows``: rows
    after the header, blank ones included (CSV lines, sheet rows, items of a JSON list).
    ``document_size``: bytes of a JSON document. ``xlsx_size``: bytes of an Excel workbook
    once uncompressed (the sheet's declared dimension is not trusted: ``rows`` and
    ``columns`` bound what is read of it).

    CSV cells are parsed by the standard ``csv`` module, whose ``field_size_limit`` (131,072
    by default) is one for the whole process and is what holds ``field_size``: a loader
    raises it to ``field_size`` when it is lower and never lowers it, so a program that
    raised it itself reads cells up to its own limit.

    >>> Limits().rows, Limits(rows=10).rows
    (1000000, 10)

    .. versionadded:: 0.1.0
    """

    columns: int = attrs.field(default=1_000, validator=_at_least_one)
    line_length: int = attrs.field(default=131_072, validator=_at_least_one)
    field_size: int = attrs.field(default=131_072, validator=_at_least_one)
    rows: int = attrs.field(default=1_000_000, validator=_at_least_one)
    document_size: int = attrs.field(default=256 * 1024 * 1024, validator=_at_least_one)
    xlsx_size: int = attrs.field(default=256 * 1024 * 1024, validator=_at_least_one)


DEFAULT_LIMITS = Limits()

_LIMITS = {
    "columns": "columns",
    "line_length": "characters in one line",
    "field_size": "characters in one cell",
    "rows": "rows after the header",
    "document_size": "bytes in a JSON document",
    "xlsx_size": "bytes in the uncompressed workbook",
}


def limits_of(limits: object) -> Limits:
    """``limits`` checked (``None`` for the defaults)."""
    if limits is None:
        return DEFAULT_LIMITS
    if not isinstance(limits, Limits):
        raise InvalidArgument("limits", limits, "must be an ingroeiquotum.io.Limits or None")
    return limits


def over_limit(shown: str, line: int | None, name: str, limits: Limits) -> LoadError:
    """The LoadError of a source that goes past the limit ``name``, saying how to raise it."""
    limit = getattr(limits, name)
    reason = (
        f"goes past the limit of {limit:,} {_LIMITS[name]}: to read it, raise the limit "
        f"(pass limits=Limits({name}=...) to the loader)"
    )
    return LoadError(shown, [RowError(line, f"limits.{name}", limit, reason)])


# -- cells that a spreadsheet would run ---------------------------------------------------------

_DANGEROUS = re.compile(r"'*[=+\-@\t\r]")
"""A cell a spreadsheet would run as a formula, after any quotes the writer added before."""


def neutralised(text: str) -> str:
    """
    ``text`` safe in a spreadsheet (OWASP's advice on CSV injection): a cell that starts with
    ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (after any single quotes) gets a
    single quote before it, which :func:`restored` takes off again.

    >>> neutralised("=HYPERLINK(1)"), neutralised("Polder BV"), restored("'=HYPERLINK(1)")
    ("'=HYPERLINK(1)", 'Polder BV', '=HYPERLINK(1)')
    """
    return "'" + text if _DANGEROUS.match(text) else text


QUOTED = re.compile(r"'+[=+\-@\t\r]").match
"""Whether a cell is one the writer neutralised (see :func:`neutralised`)."""


def restored(text: str) -> str:
    """``text`` as it was before :func:`neutralised` (a cell the writer did not touch stays)."""
    return text[1:] if QUOTED(text) else text


def file_problem(error: OSError, shown: str) -> RowError:
    """A file that cannot be read, as a problem naming it and the system's reason."""
    return RowError(None, "file", shown, error.strerror or type(error).__name__)


# -- text files ---------------------------------------------------------------------------------

NOT_UTF8 = (
    "is not UTF-8 or UTF-16: name its encoding with encoding= (a Windows export is often "
    "'cp1252') or save it as UTF-8 (in Excel: 'CSV UTF-8')"
)


def _not_utf8(lines: Iterable[bytes], first: int = 1, encoding: str = "utf-8") -> list[RowError]:
    """
    One problem for ``lines`` (numbered from ``first``) that are not in ``encoding``: the first
    such line, and how many there are (one clear error, not one per line of a whole file).
    """
    reason = NOT_UTF8 if encoding.startswith("utf-8") else not_decodable(encoding)
    found: RowError | None = None
    count = 0
    for number, raw in enumerate(lines, start=first):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError as error:
            count += 1
            if found is None:
                found = RowError(number, "encoding", raw[error.start : error.end + 8], reason)
    if found is None:
        return []
    if count > 1:
        found = RowError(
            found.row,
            found.field,
            found.value,
            f"{reason}; {count:,} lines are not, this the first",
        )
    return [found]


_LONE_CR = re.compile(r"(?<=\r)(?!\n)")
"""Where a line ends with a carriage return alone (old Mac files, a CR inside a cell)."""


def _universal(text: str) -> Iterator[str]:
    """``text`` split after a lone carriage return too, as a file opened with newline="" is."""
    if "\r" in text:
        yield from filter(None, _LONE_CR.split(text))
    else:
        yield text


def stream_problem(error: BaseException, shown: str) -> RowError:
    """A file or stream that fails while read or written, as a problem naming it and why."""
    if isinstance(error, OSError) and error.strerror:
        return RowError(None, "file", shown, error.strerror)
    return RowError(None, "file", shown, f"cannot be read or written ({error})")


class _Chunks:
    """
    ``readline(size)`` over a file object that has only ``read(size)`` (or whose ``read`` does
    not heed its size: ``first`` is what it gave when asked for nothing).
    """

    def __init__(self, source: Any, first: Any) -> None:
        self.read = source.read
        self.pending: Any = first

    def readline(self, size: int) -> Any:
        pending = self.pending
        newline = b"\n" if isinstance(pending, bytes) else "\n"
        while newline not in pending and len(pending) < size:
            chunk = self.read(65536)
            if not chunk:
                break
            pending += chunk
        end = pending.find(newline)
        cut = min(size, len(pending) if end < 0 else end + 1)
        line, self.pending = pending[:cut], pending[cut:]
        return line


def _bounded(
    readline: Any,
    kind: Any,
    shown: str,
    limits: Limits,
    *,
    path: bool = False,
    encoding: str = "utf-8",
) -> Iterator[str]:
    """
    The text lines ``readline`` gives (``kind`` ``str`` or ``bytes``, decoded here), each
    checked against ``limits``: no line longer than ``line_length``, no more than ``rows``
    lines after the header. A stream that fails or gives something other than ``kind`` becomes
    a LoadError naming ``shown`` (a file opened from a ``path`` that is not UTF-8 is left to
    the caller, which lists every bad line). Bytes are decoded as ``encoding``, one line at a
    time (an encoding whose newline is one byte); in a one-byte encoding a zero character is
    refused, as the mark of a UTF-16 file named wrongly.
    """
    first = "utf-8-sig" if encoding == "utf-8" else encoding
    zero = not encoding.startswith("utf")
    size, most = limits.line_length + 1, limits.rows + 1
    number = 0
    while True:
        try:
            line: Any = readline(size)
        except UnicodeDecodeError as error:
            if path:
                raise
            value = error.object[error.start : error.end + 8]
            raise LoadError(shown, [RowError(number + 1, "encoding", value, NOT_UTF8)]) from None
        except (OSError, ValueError) as error:  # a closed or unreadable stream, a disk error
            raise LoadError(shown, [stream_problem(error, shown)]) from None
        if not isinstance(line, kind):
            what = type(line).__name__
            problem = RowError(None, "file", shown, f"gives {what}, not {kind.__name__}")
            raise LoadError(shown, [problem])
        if not line:
            return
        number += 1
        if number > most:
            raise over_limit(shown, number, "rows", limits)
        if len(line) >= size and line[-1:] not in ("\n", "\r", b"\n", b"\r"):
            raise over_limit(shown, number, "line_length", limits)
        if kind is bytes:
            try:
                line = line.decode(first if number == 1 else encoding)
            except UnicodeDecodeError:
                more = iter(lambda: readline(size), b"")
                bad = _not_utf8(itertools.chain([line], more), number, encoding)
                raise LoadError(shown, bad) from None
        if zero and "\x00" in line:
            reason = f"holds zero characters, so it is not {encoding}: is it UTF-16?"
            raise LoadError(shown, [RowError(number, "encoding", line[:20], reason)])
        elif number == 1:
            line = line.removeprefix("\ufeff")
        if "\r" not in line or (line[-2:] == "\r\n" and "\r" not in line[:-2]):
            yield line  # no carriage return, or only the one of a CRLF line end
        else:
            yield from _universal(line)


def encoding_of(encoding: object) -> str | None:
    """
    ``encoding`` (a codec name such as ``"cp1252"``, or ``None`` to detect) checked, as the
    codec's own name.
    """
    if encoding is None:
        return None
    if not isinstance(encoding, str):
        raise InvalidArgument("encoding", encoding, "must be the name of a text encoding")
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InvalidArgument("encoding", encoding, "is not a text encoding Python knows") from None
    if not info._is_text_encoding:  # base64, rot13 and the like
        raise InvalidArgument("encoding", encoding, "is not a text encoding")
    return info.name


def detected(head: bytes) -> str | None:
    """
    The encoding the first bytes of a file tell: UTF-16 by its byte-order mark, or by the zero
    bytes of its first characters when it has none; ``None`` for UTF-8 (with or without a mark).
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[1] == 0 and head[3] == 0 and head[0] and head[2]:
        return "utf-16-le"
    if len(head) >= 4 and head[0] == 0 and head[2] == 0 and head[1] and head[3]:
        return "utf-16-be"
    return None


def not_decodable(encoding: str) -> str:
    """The reason given for text that is not in ``encoding``."""
    return f"is not {encoding}: name the file's encoding with encoding= (for example 'cp1252')"


class _Decoded:
    """``read(size)`` giving the text of a byte stream decoded as ``encoding``, strictly."""

    def __init__(self, read: Any, head: bytes, encoding: str) -> None:
        self.source = read
        self.pending = head
        self.decoder = codecs.getincrementaldecoder(encoding)("strict")
        self.done = False

    def read(self, size: int) -> str:
        while not self.done:
            chunk = self.pending or self.source(65536)
            self.pending = b""
            if not isinstance(chunk, bytes):
                raise ValueError(f"the stream gives {type(chunk).__name__}, not bytes")
            self.done = not chunk
            text = self.decoder.decode(chunk, final=self.done)
            if text:
                return text
        return ""


def _decoded_lines(
    read: Any, head: bytes, encoding: str, shown: str, limits: Limits
) -> Iterator[str]:
    """The lines of a byte stream in ``encoding``; text that is not in it is one LoadError."""
    lines = _bounded(_Chunks(_Decoded(read, head, encoding), "").readline, str, shown, limits)
    number = 0
    while True:
        try:
            line = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as error:
            value = error.object[error.start : error.end + 8]
            problem = RowError(number + 1, "encoding", value, not_decodable(encoding))
            raise LoadError(shown, [problem]) from None
        number += 1
        yield line


@contextlib.contextmanager
def _lines(
    source: Any, shown: str, limits: Limits, encoding: str | None = None
) -> Iterator[Iterator[str]]:
    """
    The text lines of a path or file object, read one at a time within ``limits``, decoded as
    ``encoding`` (a codec name), or by default as UTF-8 (with or without a byte-order mark) or
    UTF-16 (told by its mark or its zero bytes). A text stream is read as it is.
    """
    if isinstance(source, str | os.PathLike):
        try:
            file = open(source, "rb")  # noqa: SIM115
        except OSError as error:  # missing, a folder, no permission, a disk error
            raise LoadError(shown, [file_problem(error, shown)]) from None
        with file:
            try:
                head = file.read(4)
            except OSError as error:
                raise LoadError(shown, [file_problem(error, shown)]) from None
            chosen = encoding or detected(head) or "utf-8"
            if _wide(chosen):
                yield _decoded_lines(file.read, head, chosen, shown, limits)
                return
        with _path_lines(source, shown, limits, chosen) as lines:
            yield lines
        return
    try:
        first = source.read(0)
    except (OSError, ValueError) as error:  # closed, opened for writing
        raise LoadError(shown, [stream_problem(error, shown)]) from None
    kind = type(first)
    if kind not in (str, bytes):
        problem = RowError(None, "file", shown, f"gives {kind.__name__}, not text or bytes")
        raise LoadError(shown, [problem])
    if kind is bytes:
        try:
            head = source.read(4)
        except (OSError, ValueError) as error:
            raise LoadError(shown, [stream_problem(error, shown)]) from None
        if not isinstance(head, bytes):
            problem = RowError(None, "file", shown, f"gives {type(head).__name__}, not bytes")
            raise LoadError(shown, [problem])
        chosen = encoding or detected(head) or "utf-8"
        if _wide(chosen):
            yield _decoded_lines(source.read, head, chosen, shown, limits)
        else:
            yield _bounded(_Chunks(source, head).readline, bytes, shown, limits, encoding=chosen)
        return
    readline = getattr(source, "readline", None)
    if not callable(readline) or first:
        readline = _Chunks(source, first).readline
    yield _bounded(readline, kind, shown, limits)


def _wide(encoding: str) -> bool:
    """Whether a newline in ``encoding`` is more than one byte (UTF-16 and UTF-32)."""
    return encoding.startswith(("utf-16", "utf-32", "utf_16", "utf_32"))


@contextlib.contextmanager
def _path_lines(source: Any, shown: str, limits: Limits, encoding: str) -> Iterator[Iterator[str]]:
    """The lines of the file at the path ``source`` in ``encoding``; every bad line listed."""
    try:
        code = "utf-8-sig" if encoding == "utf-8" else encoding
        file = open(source, encoding=code, newline="")  # noqa: SIM115
    except OSError as error:  # missing, a folder, no permission, a disk error
        raise LoadError(shown, [file_problem(error, shown)]) from None
    with file:
        try:
            yield _bounded(file.readline, str, shown, limits, path=True, encoding=encoding)
        except UnicodeDecodeError:  # find the lines that are not in it, for the message
            with open(source, "rb") as raw:
                lines = iter(lambda: raw.readline(limits.line_length + 1), b"")
                bad = _not_utf8(lines, encoding=encoding)
            raise LoadError(shown, bad) from None
