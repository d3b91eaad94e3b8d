"""
Employee records (one per person per position, no names): read one at a time by the one table
reader, and counted into composition rows per organ and date without keeping them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import contextlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, cast

from ingroeiquotum import _tables, _validate
from ingroeiquotum._tables import Record
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.io import cells
from ingroeiquotum.io.tables import (
    _EMPLOYEES,
    Loaded,
    OnError,
    Reading,
    Source,
    _check_on_error,
    _parse,
)
from ingroeiquotum.model.gender import LABELS


class _Employees(Iterator[Record]):
    """What :func:`read_employees` returns: an iterator of records that reads on demand."""

    def __init__(
        self,
        source: Any,
        format: str,
        display: str,
        limits: _tables.Limits,
        columns: dict[str, str],
        encoding: str | None,
        options: cells.CellOptions,
    ) -> None:
        self.source = source
        self.format = format
        self.display = display
        self.limits = limits
        self.columns = columns
        self.encoding = encoding
        self.options = options
        self.records: Iterator[Record] | None = None

    def __next__(self) -> Record:
        if self.records is None:
            self.records = _tables.read(
                self.source,
                _EMPLOYEES.table,
                format=self.format,
                shown=self.display,
                limits=self.limits,
                columns=self.columns,
                encoding=self.encoding,
            )
        return next(self.records)


def read_employees(
    source: Source,
    *,
    format: str | None = None,
    columns: Mapping[str, str] | None = None,
    date_format: str | None = None,
    encoding: str | None = None,
    genders: Mapping[str, str] | None = None,
    limits: _tables.Limits | None = None,
) -> Iterator[Record]:
    """
    The employee records of ``source`` (schema ``ingroeiquotum.employees``), one at a time, for
    :func:`aggregate_employees`.

    Records are read lazily: a CSV file (or an Excel sheet) is never held in memory as a whole
    (a JSON document is parsed whole). Each :class:`Record` holds the raw cells and its
    ``line``; :func:`aggregate_employees` checks them. The header is checked, and a file that is
    not UTF-8 reported, when iteration reaches them (a :class:`LoadError`). ``company`` is kept
    exactly as given (spaces around it too); a cell neutralised by a writer of this library
    is read without its quote. ``limits`` bound what is read, as for
    :func:`read_compositions`: the defaults read an HR export of 1,000,000 records.

    ``columns``, ``date_format`` and ``encoding`` are those of :func:`read_compositions`;
    ``genders`` maps a system's own gender codes to gender labels (``{"1": "man", "2":
    "woman"}``), read before the built-in labels. :func:`aggregate_employees` applies the
    dates and genders options of the records it is given from here. A blank gender counts as
    ``unknown``.

    Raises:
        InvalidArgument: for an unknown ``format`` or ``limits`` that are not a ``Limits``,
            now rather than on iteration.

    .. versionadded:: 0.1.0
    """
    kind = _tables.format_of(source, format)
    mapping = _tables.check_columns(columns, _EMPLOYEES.table.columns)
    code = _tables.encoding_of(encoding)
    options = cells.cell_options(date_format, genders, workbook=kind in _tables.EXCEL_FORMATS)
    shown = _tables.display(source)
    return _Employees(source, kind, shown, _tables.limits_of(limits), mapping, code, options)


_INDEX = {"man": 0, "woman": 1, "other": 2, "unknown": 3}
"""The index of each gender in the counts."""

_SLOTS = {label: _INDEX[gender.value] for label, gender in LABELS.items()}
"""The index of each gender (and each alias of one, lower case) in the counts."""

_CACHE_SIZE = 4096
"""How many distinct organ names and gender codes :func:`aggregate_employees` remembers."""

_DAYS_CACHE_SIZE = 1 << 16
"""
How many distinct date texts it remembers: every day of 179 years, so that an export with
day-level dates stays on the quick path (at most about 10 MB).
"""

_Counted = tuple[str, str, int, date, "date | None"]
"""A checked employee record: company, organ, index of the gender, start, end."""


class _Tally:
    """
    The counts of :func:`aggregate_employees`. Per company and organ, a difference array over
    the dates for each of the four counts: a record adds 1 at its first date and takes it off
    after its last, so a record costs the same whatever the number of dates.
    """

    def __init__(self, days: list[date], options: cells.CellOptions) -> None:
        self.reading = Reading(_EMPLOYEES, options)
        self.slots = dict(_SLOTS)
        for code, gender in options.genders.items():
            self.slots[code] = _INDEX[gender]
        self.days = days
        self.width = 4 * (len(days) + 1)
        self.steps: dict[tuple[str, str], list[int]] = {}
        self.errors: list[RowError] = []
        # Raw values already checked, with their checked value (bounded in size, so memory
        # does not grow with the number of records).
        self.organs: dict[object, str] = {}
        self.days_of: dict[object, date] = {}

    def add(self, company: str, organ: str, slot: int, start: date, end: date | None) -> None:
        first = bisect_left(self.days, start)
        last = len(self.days) if end is None else bisect_right(self.days, end)
        if first < last:
            step = self.steps.get((company, organ))
            if step is None:
                step = self.steps[(company, organ)] = [0] * self.width
            step[4 * first + slot] += 1
            step[4 * last + slot] -= 1

    def check(self, record: object, line: int) -> _Counted | None:
        """``record`` checked in full, or ``None`` with its problems noted."""
        if not isinstance(record, Mapping):
            self.errors.append(RowError(line, "record", record, "must be a mapping"))
            return None
        row, problems = _parse(_EMPLOYEES, record, line, self.reading)
        if row is None:
            self.errors.extend(problems)
            return None
        start, end = cast("date", row["start"]), cast("date | None", row["end"])
        _remember(self.organs, record["organ"], row["organ"])
        _remember(self.days_of, record["start"], start, _DAYS_CACHE_SIZE)
        if end is not None:
            _remember(self.days_of, record["end"], end, _DAYS_CACHE_SIZE)
        organ, gender = cast("str", row["organ"]), cast("str", row["gender"])
        return cast("str", row["company"]), organ, _INDEX[gender], start, end

    def day(self, field: str, raw: str) -> date:
        """
        The date of the text ``raw`` in the column ``field``, read and remembered on its own
        (a day-level export has thousands of dates); LookupError if it does not read, for the
        caller to check the whole record.
        """
        try:
            found = self.reading.parsers[field](field, raw)
        except InvalidArgument:
            raise LookupError(raw) from None
        self.reading.watch.ok(field)
        _remember(self.days_of, raw, found, _DAYS_CACHE_SIZE)
        return cast("date", found)

    def merge(self, steps: dict[str, dict[str, list[int]]]) -> None:
        """Add counts kept per company, then per organ."""
        for company, by_organ in steps.items():
            for organ, step in by_organ.items():
                mine = self.steps.setdefault((company, organ), [0] * self.width)
                for index, value in enumerate(step):
                    mine[index] += value

    def rows(self) -> tuple[dict[str, object], ...]:
        rows: list[dict[str, object]] = []
        for (company, organ), step in sorted(self.steps.items()):
            counts = [0, 0, 0, 0]
            for index, day in enumerate(self.days):
                for slot in range(4):
                    counts[slot] += step[4 * index + slot]
                if any(counts):
                    rows.append(
                        {
                            "company": company,
                            "organ": organ,
                            "date": day,
                            "men": counts[0],
                            "women": counts[1],
                            "other": counts[2],
                            "unknown": counts[3],
                        }
                    )
        return tuple(rows)


def _remember(
    cache: dict[object, Any], raw: object, value: object, most: int = _CACHE_SIZE
) -> None:
    """Remember that ``raw`` (if hashable) checks out as ``value``, while the cache has room."""
    if len(cache) < most:
        with contextlib.suppress(TypeError):  # an unhashable raw value is not remembered
            cache[raw] = value


def _tally_records(tally: _Tally, records: Iterable[Mapping[str, object]]) -> None:
    organs, days_of, add, slots = tally.organs, tally.days_of, tally.add, tally.slots
    for position, record in enumerate(records, start=1):
        # The quick path takes only values checked before; anything else is checked in full.
        try:
            if getattr(record, "problems", None):
                raise LookupError
            company: Any = record["company"]
            if type(company) is not str or not company.strip() or company[0] == "'":
                raise LookupError  # not text, blank, or neutralised by a writer: checked in full
            organ = organs[record["organ"]]
            slot = slots[record["gender"].lower()]  # type: ignore[attr-defined]
            start = days_of[record["start"]]
            raw_end = record.get("end")
            end = None if raw_end is None or raw_end == "" else days_of[raw_end]
            if end is not None and end < start:
                raise LookupError
        except (LookupError, AttributeError, TypeError):
            checked = tally.check(record, _tables.line(record, position))
            if checked is not None:
                add(*checked)
            continue
        add(company, organ, slot, start, end)


def _tally_csv(tally: _Tally, records: _Employees) -> None:
    """As :func:`_tally_records`, from the cells of a CSV file, without building records."""
    # Kept lean on purpose: this loop runs once per record, and allocates almost nothing.
    organs, days_of, days, slots = tally.organs, tally.days_of, tally.days, dict(tally.slots)
    day = tally.day
    steps: dict[str, dict[str, list[int]]] = {}
    every, size = len(days), tally.width
    names_of = _tables.namer(_EMPLOYEES.table, records.columns)
    with _tables.csv_table(
        records.source,
        _EMPLOYEES.table,
        records.display,
        records.limits,
        names_of,
        records.encoding,
    ) as table:
        names = table.names
        width = len(names)
        at_company, at_organ = names.index("company"), names.index("organ")
        at_gender, at_start = names.index("gender"), names.index("start")
        at_end = names.index("end") if "end" in names else width
        for cells in table.reader:
            if len(cells) == width:
                try:
                    company = cells[at_company]  # kept exactly, spaces too
                    organ = organs[cells[at_organ]]
                    slot = slots[cells[at_gender]]
                    raw = cells[at_start]
                    start = days_of[raw] if raw in days_of else day("start", raw)
                    raw = cells[at_end] if at_end < width else ""
                    end = None if raw == "" else days_of[raw] if raw in days_of else day("end", raw)
                    if company.strip() and company[0] != "'" and (end is None or start <= end):
                        first = bisect_left(days, start)
                        last = every if end is None else bisect_right(days, end)
                        if first < last:
                            by_organ = steps.get(company)
                            if by_organ is None:
                                by_organ = steps[company] = {}
                            step = by_organ.get(organ)
                            if step is None:
                                step = by_organ[organ] = [0] * size
                            step[4 * first + slot] += 1
                            step[4 * last + slot] -= 1
                        continue
                except LookupError:
                    pass
            if not any(cells):
                continue
            line = table.line(cells)
            checked = tally.check(_tables.record(line, names, cells), line)
            if checked is not None:
                tally.add(*checked)
                if len(cells) == width and len(slots) < _CACHE_SIZE:
                    slots[cells[at_gender]] = checked[2]
    tally.merge(steps)


def aggregate_employees(
    records: Iterable[Mapping[str, object]],
    *,
    dates: Sequence[date],
    on_error: OnError = "raise",
    date_format: str | None = None,
    genders: Mapping[str, str] | None = None,
) -> Loaded:
    """
    Composition rows counted from employee records: for each company, organ and date in
    ``dates``, how many men, women, others and unknowns held a position in the organ then
    (``start`` and ``end`` included; an empty ``end`` means still in it).

    ``records`` are mappings with ``company``, ``organ``, ``gender`` (a label of
    :data:`~ingroeiquotum.model.gender.LABELS`, in any case), ``start`` and optionally ``end``, as :func:`read_employees` yields them or typed.
    They are counted one at a time and not kept, so memory grows with the number of
    company-organ-date groups (and of bad records, whose problems are kept), not with the
    number of records. A problem is reported with the
    record's ``line`` (from :func:`read_employees`), else its 1-based position.

    ``date_format`` and ``genders`` are those of :func:`read_employees`; records read by it
    bring its options with them (options given here as well are refused, to keep one
    answer). When every date of a column fails, one error says so and suggests a format.

    The rows come sorted by company, organ and date, with ``company``, ``organ``, ``date``,
    ``men``, ``women``, ``other`` and ``unknown``; a group appears only if someone held a
    position in it on that date. HR records cannot tell ``legal_form`` and ``listed``: the
    caller adds them (and any other company column) before passing the rows on, for example
    ``[{**row, **facts[row["company"]]} for row in loaded.rows]``.

    Raises:
        LoadError: with ``on_error="raise"``, listing every bad record.
        InvalidArgument: if ``dates`` is empty or holds something other than dates.

    .. versionadded:: 0.1.0
    """
    _check_on_error(on_error)
    if isinstance(records, str | bytes | Mapping) or not isinstance(records, Iterable):
        raise InvalidArgument("records", records, "must be an iterable of mappings")
    given = _validate.sequence("dates", dates)
    if not given:
        raise InvalidArgument("dates", dates, "must hold at least one date")
    days = sorted({_validate.day(f"dates[{i}]", day) for i, day in enumerate(given)})
    options = cells.cell_options(date_format, genders)
    if isinstance(records, _Employees):
        if date_format is not None or genders is not None:
            reason = "is given to read_employees, whose records these are"
            raise InvalidArgument(
                "date_format" if date_format is not None else "genders",
                date_format if date_format is not None else genders,
                reason,
            )
        options = records.options
    tally = _Tally(days, options)
    if isinstance(records, _Employees) and records.format == "csv" and records.records is None:
        records.records = iter(())  # read here, straight from the cells
        _tally_csv(tally, records)
        display = records.display
    else:
        _tally_records(tally, records)
        display = _tables.display(records) if _tables.is_data(records) else "records"
    tally.errors = tally.reading.watch.collapse(tally.errors)
    if tally.errors and on_error == "raise":
        raise LoadError(display, tally.errors)
    return Loaded(tally.rows(), tuple(tally.errors))
