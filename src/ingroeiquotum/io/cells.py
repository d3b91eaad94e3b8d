"""
The options of a read that type its cells: ``date_format`` (text dates in a format of their
own), Excel serial day numbers in a workbook's date column, ``genders`` (a system's own gender
codes), and the one message for a date column in which every date fails the same way.

>>> options = cell_options("%d-%m-%Y", {"1": "man", "2": "woman"}, workbook=True)
>>> parse = date_parser(options)
>>> parse("date", "31-12-2025"), parse("date", "2025-12-31"), parse("date", 46022)
(datetime.date(2025, 12, 31), datetime.date(2025, 12, 31), datetime.date(2025, 12, 31))
>>> gender_parser(options)("gender", 2), gender_parser(options)("gender", "V")
('woman', 'woman')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, InvalidDate, RowError
from ingroeiquotum.model.gender import Gender

EXCEL_EPOCH = date(1899, 12, 30)
"""Day 0 of Excel's serial day numbers (1900 system; day 61 is 1 March 1900)."""

_SERIALS = (61, (date(9999, 12, 31) - EXCEL_EPOCH).days)
"""The serial numbers read as days: from 1 March 1900 (before it Excel counts a 29 February
1900 that never was) to the last day Python knows."""

GUESSES = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%y", "%m/%d/%Y", "%Y/%m/%d", "%Y%m%d")
"""The formats tried on the dates of a column that fail in every row, to suggest one."""

_PROBE = date(2024, 11, 23)
"""A day whose day, month and year differ, to check that a format names all three."""


@attrs.frozen
class CellOptions:
    """What a read was told about its cells (checked by :func:`cell_options`)."""

    date_format: str | None = None
    genders: Mapping[str, str] = attrs.field(factory=dict)
    workbook: bool = False


def cell_options(date_format: object, genders: object, *, workbook: bool = False) -> CellOptions:
    """
    ``date_format`` (a :func:`~datetime.datetime.strptime` format that names the day, the month
    and the year) and ``genders`` (a mapping from a system's code to a gender label of
    :data:`~ingroeiquotum.model.gender.LABELS`) checked; ``workbook`` tells whether a number in
    a date column is an Excel serial day.
    """
    if date_format is not None:
        if not isinstance(date_format, str) or "%" not in date_format:
            raise InvalidArgument("date_format", date_format, "must be a strptime format")
        try:
            back = datetime.strptime(_PROBE.strftime(date_format), date_format).date()
        except ValueError:
            back = None
        if back != _PROBE:
            reason = "must name the day, the month and the year, as '%d-%m-%Y' does"
            raise InvalidArgument("date_format", date_format, reason)
    codes: dict[str, str] = {}
    if genders is not None:
        if not isinstance(genders, Mapping):
            raise InvalidArgument("genders", genders, "must map a code to a gender")
        for key, value in genders.items():
            if not isinstance(key, str | int) or isinstance(key, bool) or not str(key).strip():
                raise InvalidArgument("genders", key, "must have codes (text or whole numbers)")
            codes[str(key).strip().lower()] = Gender.parse(value, f"genders[{key!r}]").value
    return CellOptions(date_format, codes, workbook)


def date_parser(options: CellOptions) -> Callable[[str, object], date]:
    """The parser of a date cell under ``options``: see the module's text."""
    form, workbook = options.date_format, options.workbook

    def parse(field: str, value: object) -> date:
        if workbook and isinstance(value, int) and not isinstance(value, bool):
            if not _SERIALS[0] <= value <= _SERIALS[1]:
                reason = "is not an Excel date: a day number from 61 (1 March 1900) on"
                raise InvalidDate(field, value, reason)
            return EXCEL_EPOCH + timedelta(days=value)
        if form is not None and isinstance(value, str):
            try:
                return datetime.strptime(value, form).date()
            except ValueError as error:
                try:
                    return _validate.iso_date(field, value)
                except InvalidDate:
                    pass
                # strptime tells a text of another shape from a day the calendar has not
                # (31-02-2024); only the first is a matter of the format.
                shaped = "does not match" in str(error) or "unconverted" in str(error)
                reason = f"must be a date as {form}" if shaped else "is not a day of the calendar"
                raise InvalidDate(field, value, reason) from None
        return _validate.iso_date(field, value)

    return parse


def gender_parser(options: CellOptions) -> Callable[[str, object], str]:
    """The parser of a gender cell: the caller's codes first, then the built-in labels."""
    codes = options.genders

    def parse(field: str, value: object) -> str:
        if codes and isinstance(value, str | int) and not isinstance(value, bool):
            found = codes.get(str(value).strip().lower())
            if found is not None:
                return found
        return Gender.parse(value, field).value

    return parse


def guess(values: Iterable[object]) -> str | None:
    """
    The first of :data:`GUESSES` that reads at least nine in ten of ``values`` (text), if any:
    an export in one format with a few impossible days (31-02-2024) still gets its format.

    >>> guess(["31-12-2024"] * 9 + ["31-02-2024"])
    '%d-%m-%Y'
    """
    texts = [value.strip() for value in values if isinstance(value, str)]
    if not texts:
        return None
    for form in GUESSES:
        read = 0
        for text in texts:
            try:
                datetime.strptime(text, form)
            except ValueError:
                continue
            read += 1
        if read * 10 >= len(texts) * 9:
            return form
    return None


_SAMPLE = 50
"""How many failing values of a date column :class:`DateWatch` keeps to guess a format."""


class DateWatch:
    """
    The dates of a read, per column: how many were read, and the lines of those that were not.
    When every given date of a column fails, :meth:`collapse` turns their errors into one that
    says so and suggests a format.
    """

    def __init__(self, options: CellOptions) -> None:
        self.options = options
        self.read: dict[str, int] = {}
        self.failed: dict[str, list[object]] = {}
        self.count: dict[str, int] = {}

    def ok(self, field: str) -> None:
        """A date of the column ``field`` was read."""
        self.read[field] = self.read.get(field, 0) + 1

    def bad(self, field: str, value: object) -> None:
        """The date ``value`` of the column ``field`` was not read."""
        self.count[field] = self.count.get(field, 0) + 1
        sample = self.failed.setdefault(field, [])
        if len(sample) < _SAMPLE:
            sample.append(value)

    def collapse(self, errors: list[RowError]) -> list[RowError]:
        """``errors``, with the errors of each column whose every date failed made one."""
        fields = {
            field for field, count in self.count.items() if count >= 2 and not self.read.get(field)
        }
        if not fields:
            return errors
        kept: list[RowError] = []
        lines: dict[str, list[int]] = {field: [] for field in fields}
        for error in errors:
            if error.field in fields and error.row is not None and _is_date_reason(error):
                lines[error.field].append(error.row)
            else:
                kept.append(error)
        # A column whose dates all fail only as days the calendar has not (2024-02-30) keeps
        # its errors: there is no format to suggest.
        summaries = [self._summary(field, lines[field]) for field in sorted(fields) if lines[field]]
        return summaries + kept

    def _summary(self, field: str, lines: list[int]) -> RowError:
        sample = self.failed[field]
        form = self.options.date_format or "YYYY-MM-DD"
        reason = (
            f"no date of the column is a date as {form}: all {len(lines):,} rows fail "
            f"(lines {min(lines)} to {max(lines)})"
        )
        found = guess(sample)
        if found is not None:
            reason += f"; they read as {found!r}: pass date_format={found!r}"
        return RowError(None, field, sample[0], reason)


def _is_date_reason(error: RowError) -> bool:
    return error.reason.startswith("must be a date as")
