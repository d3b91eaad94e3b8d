"""
The quick way through a plain CSV file, taken only where it reads exactly as the one table
reader (:mod:`ingroeiquotum._tables`) and the typed layer (:mod:`ingroeiquotum.io.tables`)
read it: polars splits the file into columns, and each distinct value of a column is typed once,
by the same cell parser, the same check across a row and the same rule on duplicates.

It is taken for a CSV file named by its path, when polars is installed, the file is UTF-8 (no
``encoding=`` given), and its text is plain: no double quote, no carriage return but those of
CRLF line ends, no zero character, no cell the writer neutralised (a cell starting ``'=``),
no row with more cells than the header (a row with fewer has the rest empty, as the csv
reader gives it), every line well within ``Limits.line_length`` and ``Limits.field_size``
and the file within ``Limits.rows``. Then each physical line is one row, and a line of
nothing but delimiters is a blank row (left out, its line still counted). Any other file (and
any header the reader refuses) goes the ordinary way, row by row, which says what is wrong
with it: :func:`columns` returns ``None`` and the caller reads as before.

The rows are the same dicts of the same typed values in the same order, the errors the same
line, field, value and reason in the same order, the same ``dropped`` and LoadError:
``tests/io/test_fast.py`` checks it on generated files against ``_read(..., quick=False)``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import os
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, repeat
from typing import Any, cast

import attrs

from ingroeiquotum import _limits, _tables
from ingroeiquotum.exceptions import LoadError, RowError

_BOM = b"\xef\xbb\xbf"
_LONE_CR = re.compile(rb"\r(?!\n)").search


@attrs.frozen
class Columns:
    """A plain CSV file as columns: the header's names, each column's cells, each row's line."""

    names: list[str | None]
    lines: Sequence[int]
    """The line of each row (blank lines are not rows but are counted)."""
    distinct: list[list[object]]
    """The distinct cells of each column of the header (``None`` for an empty cell)."""
    frame: Any
    """The polars DataFrame of the cells, its columns named ``c0``, ``c1``, ..."""

    def cells(self, index: int) -> list[object]:
        """The cells of the column ``index`` of the header, in file order."""
        return list(self.frame.to_series(index).to_list())

    def codes(self, index: int) -> list[int]:
        """The cells of the column ``index`` as positions in its ``distinct`` cells."""
        distinct = self.distinct[index]
        series = self.frame.to_series(index)
        return list(series.replace_strict(distinct, range(len(distinct))).to_list())

    def unique(self, names: Sequence[str]) -> bool:
        """Whether no two rows have the same cells in the columns ``names``."""
        given = [f"c{self.names.index(name)}" for name in names]
        return not self.frame.select(self.frame.select(given).is_duplicated().any()).item()


SMALLEST = 1 << 20
"""
The smallest file (in bytes) read the quick way: below about 10,000 rows, importing polars
(about 0.1 s) costs more than typing row by row (about 10 µs a row) saves.
"""


def _polars() -> Any:
    try:
        import polars
    except ImportError:
        return None
    return polars


def columns(
    source: object,
    table: _tables.Table,
    shown: str,
    limits: _tables.Limits,
    names_of: Any,
    encoding: str | None,
) -> Columns | None:
    """
    The columns of the CSV file at the path ``source``, or ``None`` where the quick way is not
    exactly the ordinary one (see the module's text). The header is checked as the reader
    checks it; a header it refuses returns ``None`` too, so the ordinary way raises the error.
    """
    if encoding is not None or not isinstance(source, str | os.PathLike):
        return None
    try:
        if os.stat(source).st_size < SMALLEST:  # importing polars would cost more than it saves
            return None
    except (OSError, ValueError):
        return None  # the ordinary way reports it
    polars = _polars()
    if polars is None:
        return None
    widest = min(limits.line_length, limits.field_size) - 2
    data = _plain_bytes(source, widest)
    if data is None:
        return None
    if _limits.detected(data[:4]) is not None:
        return None
    data = data.removeprefix(_BOM)
    if data.startswith(_BOM) or b'"' in data or b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if b"\r" in data and _LONE_CR(data):  # polars reads CRLF line ends as csv does
        return None
    end, count = data.find(b"\n"), data.count(b"\n")
    if end < 0 or count + 1 > limits.rows:
        return None
    first = data[:end].decode("utf-8") + "\n"
    delimiter = _tables._sniff(first)
    separator = delimiter.encode()
    if b"'" in data and re.search(rb"(?m)(?:^|" + re.escape(separator) + rb")'+[=+\-@\t\r]", data):
        return None
    try:
        names = _tables.header(
            next(csv.reader([first], delimiter=delimiter)), table, shown, limits, names_of
        )
    except LoadError:
        return None
    if all(name is None for name in names):
        return None
    text = data[end + 1 :]
    physical = count - 1 + (not text.endswith(b"\n"))
    # polars gives a row for each line: a row of fewer cells has the rest empty (as the csv
    # reader's row has), a row of more cells is refused, a line of delimiters is all empty.
    try:
        frame = polars.read_csv(
            io.BytesIO(text),
            has_header=False,
            separator=delimiter,
            schema={f"c{index}": polars.String for index in range(len(names))},
            quote_char=None,
            eol_char="\n",
            truncate_ragged_lines=False,
            raise_if_empty=True,
        )
    except Exception:  # whatever polars refuses, the ordinary way reads
        return None
    if frame.height != physical:
        return None
    width = polars.sum_horizontal(polars.all().str.len_bytes()) + len(names) + 1
    blank = polars.all_horizontal(polars.all().is_null())
    found = frame.select(width=width.max(), blank=blank.any())
    if (found["width"][0] or 0) >= widest:
        return None
    lines: Sequence[int] = range(2, physical + 2)
    if found["blank"][0]:
        kept = ~frame.select(blank).to_series()
        lines = polars.Series(lines).filter(kept).to_list()
        frame = frame.filter(kept)
        if not lines:
            return None
    distinct = [
        frame.to_series(index).unique().to_list() if name is not None else []
        for index, name in enumerate(names)
    ]
    return Columns(names, lines, distinct, frame)


_CHUNK = 1 << 18


def _plain_bytes(source: Any, widest: int) -> bytes | None:
    """
    The bytes of the file at ``source``, or ``None`` if it cannot be read or holds a line of
    ``widest`` bytes or more (found while reading, so a huge line is never read whole).
    """
    chunks: list[bytes] = []
    since = 0  # the bytes since the last line end
    try:
        with open(source, "rb") as file:
            while chunk := file.read(_CHUNK):
                end = chunk.find(b"\n")
                if (len(chunk) if end < 0 else end) + since >= widest:
                    return None
                since = len(chunk) - 1 - chunk.rfind(b"\n") if end >= 0 else since + len(chunk)
                chunks.append(chunk)
    except OSError:
        return None
    return b"".join(chunks)


Typed = Callable[[Any, Callable[[str, object], object], object], tuple[bool, object]]

_BAD: Any = object()
"""The typed value of a cell that was refused."""


@contextlib.contextmanager
def _uncollected() -> Iterator[None]:
    """
    No cyclic garbage collection while the rows are made: they are many new objects and no
    cycle among them, so the collector would only walk them again and again (a third of the
    time); it runs as before once they are made.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def typed_rows(schema: Any, reading: Any, read: Columns, typed: Typed, kept: Any) -> None:
    """
    The rows of ``read`` typed by ``schema`` as ``reading`` says, handed to ``kept`` (the typed
    layer's rule on duplicates) in file order with their problems: each distinct value of a
    column typed once by ``typed`` (the typed layer's own), the refusals and the watch on the
    dates as a row-by-row read makes them.
    """
    with _uncollected():
        _typed_rows(schema, reading, read, typed, kept)


def _typed_rows(schema: Any, reading: Any, read: Columns, typed: Typed, kept: Any) -> None:
    names, lines = read.names, read.lines
    size = len(lines)
    given = {name: index for index, name in enumerate(names) if name is not None}
    values: list[list[object]] = []
    raws: dict[str, _Raw] = {}
    found: dict[str, dict[object, tuple[bool, object]]] = {}
    refused: dict[int, list[RowError]] = {}
    watch = reading.watch
    for column, parse, _memo, dated in reading.plan:
        name = column.name
        distinct: list[object] = read.distinct[given[name]] if name in given else [None]
        hits = found[name] = {raw: typed(column, parse, raw) for raw in distinct}
        if all(hit[0] and type(hit[1]) is type(raw) and hit[1] == raw for raw, hit in hits.items()):
            # every cell reads as itself (a name, an organ in its own words): the cells are kept
            cells: list[object] = read.cells(given[name]) if name in given else [None] * size
            codes: list[int] | None = None
            values.append(cells)
        else:  # the cells as positions in the distinct ones (no text made for each cell)
            codes = read.codes(given[name]) if name in given else [0] * size
            cells = []
            table = [hits[raw][1] if hits[raw][0] else _BAD for raw in distinct]
            values.append(list(map(table.__getitem__, codes)))
        raws[name] = _Raw(distinct, codes, cells)
        if dated:
            read_ok = {
                at for at, raw in enumerate(distinct) if hits[raw][0] and hits[raw][1] is not None
            }
            count = sum(map(read_ok.__contains__, raws[name].codes()))
            if count:
                watch.read[name] = watch.read.get(name, 0) + count
        bad = {at for at, raw in enumerate(distinct) if not hits[raw][0]}
        if bad:
            positions = raws[name].codes()
            for index in [index for index, at in enumerate(positions) if at in bad]:
                raw = distinct[positions[index]]
                reason = str(hits[raw][1])
                refused.setdefault(index, []).append(RowError(lines[index], name, raw, reason))
                if dated and reason != "is required":
                    watch.bad(name, raw)
    extras = [name for name in names if name is not None and name not in schema.names]
    keys = [column.name for column, *_ in reading.plan] + extras
    values.extend(read.cells(given[name]) for name in extras)
    if schema.check is not None:
        _check(schema, keys, values, raws, found, lines, refused)
    rows = zip(*values, strict=False)  # of one length
    if schema.key and _unique(schema.key, read, found, values, keys, refused):
        # no row repeats another: every good row is kept
        ok = [index not in refused for index in range(size)] if refused else repeat(True)
        kept.rows.extend(map(dict, map(zip, repeat(keys), compress(rows, ok))))
        for index in sorted(refused):
            kept.errors.extend(refused[index])
        return
    for index, row in enumerate(rows):
        problems = refused.get(index)
        if problems is None:
            kept.add(dict(zip(keys, row, strict=False)), lines[index], [])
        else:
            kept.add(None, lines[index], problems)


class _Raw:
    """The cells of one column, kept as the reader has them: as text, or as positions."""

    def __init__(self, distinct: list[object], positions: list[int] | None, cells: list[object]):
        self.distinct, self.positions, self.cells = distinct, positions, cells

    def codes(self) -> list[int]:
        """Each cell as its position in the distinct cells."""
        if self.positions is None:
            where = {raw: at for at, raw in enumerate(self.distinct)}
            self.positions = list(map(where.__getitem__, self.cells))
        return self.positions

    def text(self) -> list[object]:
        """Each cell."""
        if not self.cells and self.positions:
            self.cells = list(map(self.distinct.__getitem__, self.positions))
        return self.cells


def _unique(
    key: tuple[str, ...],
    read: Columns,
    found: dict[str, dict[object, tuple[bool, object]]],
    values: list[list[object]],
    keys: list[str],
    refused: dict[int, list[RowError]],
) -> bool:
    """
    Whether no good row has the typed key of another: told by polars when every cell of the
    key reads as a value of its own (then rows of distinct cells have distinct keys).
    """
    if all(name in read.names for name in key):
        plain = True
        for name in key:
            typed = [hit[1] for hit in found[name].values() if hit[0]]
            plain = plain and len(set(typed)) == len(typed)
        if plain and read.unique(key):
            return True
    size = len(read.lines)
    typed_key = list(zip(*(values[keys.index(name)] for name in key), strict=True))
    good = [typed_key[index] for index in range(size) if index not in refused]
    return len(set(good)) == len(good)


def _check(
    schema: Any,
    keys: list[str],
    values: list[list[object]],
    raws: dict[str, _Raw],
    found: dict[str, dict[object, tuple[bool, object]]],
    lines: Sequence[int],
    refused: dict[int, list[RowError]],
) -> None:
    """
    The schema's check across a row, made once for each distinct set of the cells it reads
    (their typed values follow from the cells).
    """
    fields = schema.check_fields
    varying = [field for field in fields if len(found[field]) > 1]
    if not varying:
        cases: list[object] = [()] * len(lines)
        distinct: set[object] = {()}
    elif len(varying) == 1:
        cases = raws[varying[0]].text()
        distinct = set(found[varying[0]])
    else:
        cases = list(zip(*(raws[field].text() for field in varying), strict=True))
        distinct = set(cases)
    constant = {field: next(iter(found[field])) for field in fields if field not in varying}
    after: dict[object, tuple[object, ...]] = {}
    wrong: dict[object, list[RowError]] = {}
    for case in distinct:
        parts = (case,) if len(varying) == 1 else cast("tuple[object, ...]", case)
        record = dict(constant, **dict(zip(varying, parts, strict=True)))
        row = {}
        for field in fields:
            hit = found[field][record[field]]
            if hit[0]:
                row[field] = hit[1]
        problems: list[RowError] = []
        schema.check(row, record, 0, problems)
        after[case] = tuple(row.get(field, _BAD) for field in fields)
        if problems:
            wrong[case] = problems
    for position, field in enumerate(fields):
        changed = {
            case: value[position]
            for case, value in after.items()
            if found[field][_cell(case, field, varying, constant)][1] is not value[position]
        }
        if changed:
            every = {
                case: changed[case]
                if case in changed
                else _value(found[field][_cell(case, field, varying, constant)])
                for case in after
            }
            values[keys.index(field)] = list(map(every.__getitem__, cases))
    if wrong:
        for index, case in enumerate(cases):
            made = wrong.get(case)
            if made:
                refused.setdefault(index, []).extend(
                    RowError(lines[index], problem.field, problem.value, problem.reason)
                    for problem in made
                )


def _value(hit: tuple[bool, object]) -> object:
    """The typed value of a cell's ``hit``, or :data:`_BAD` if it was refused."""
    return hit[1] if hit[0] else _BAD


def _cell(case: object, field: str, varying: list[str], constant: dict[str, object]) -> object:
    """The cell of ``field`` in the distinct set of cells ``case``."""
    if field not in varying:
        return constant[field]
    if len(varying) == 1:
        return case
    return cast("tuple[object, ...]", case)[varying.index(field)]
