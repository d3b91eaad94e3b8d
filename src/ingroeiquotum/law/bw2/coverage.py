"""
The act's coverage of a financial year (*welke boekjaren de wet bestrijkt*).

The Wet ingroeiquotum en streefcijfers reaches the financial years that *start* while it is in
force (parameter ``act.in_force``): from 1 January 2022 until its lapse on 1 January 2030. The
targets duty, the deadline of the report, its check and the report itself ask
:func:`coverage`; it is reachable at :mod:`ingroeiquotum.scope`.
"""

from __future__ import annotations

__all__ = ["Coverage", "coverage"]

from datetime import date

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.law import readings
from ingroeiquotum.law.findings import Reading
from ingroeiquotum.law.parameters import in_force as _in_force


@attrs.frozen
class Coverage:
    """
    Whether the act covers a financial year (:func:`coverage`), with the dates that decide it.

    ``covered`` is true when the year starts on or after ``in_force_from`` and before
    ``lapses_on``. For a year not covered, ``lapsed`` tells whether it starts on or after the
    lapse (true) or before the entry into force (false). ``first_year`` and ``lapse`` are the
    sides of the readings ``scope.first_financial_year`` and ``scope.act_coverage`` that
    decided it (:func:`ingroeiquotum.readings.applies`).

    >>> broken = coverage(date(2029, 7, 1))  # the year 2029/2030
    >>> broken.covered, broken.ends_after_lapse(date(2030, 6, 30)), broken.lapses_on
    (True, True, datetime.date(2030, 1, 1))

    .. versionadded:: 0.1.0
    """

    financial_year_start: date
    covered: bool
    lapsed: bool
    in_force_from: date
    lapses_on: date | None
    first_year: Reading = readings.FIRST_FINANCIAL_YEAR
    lapse: Reading = readings.ACT_COVERAGE

    def ends_after_lapse(self, day: date) -> bool:
        """Whether ``day`` (a year's end, a deadline) falls on or after the act's lapse."""
        return self.lapses_on is not None and day >= self.lapses_on

    def applied(self, day: date) -> tuple[Reading, ...]:
        """
        The readings a finding on a covered year names where the year's duty or deadline
        (``day``) depends on them: the first financial year where the year starts before the
        act (covered only by that reading's alternative), the lapse where ``day`` falls after it.
        """
        first = (self.first_year,) if self.financial_year_start < self.in_force_from else ()
        return (*first, self.lapse) if self.ends_after_lapse(day) else first

    @property
    def readings(self) -> tuple[Reading, ...]:
        """
        The readings a finding on a year not covered names: the first financial year, and the
        reading of the lapse where the year starts after it.
        """
        if self.lapsed:
            return (self.first_year, self.lapse)
        return (self.first_year,)

    @property
    def facts(self) -> dict[str, date | None]:
        """The dates that decide, as a finding's facts."""
        return {
            "financial_year_start": self.financial_year_start,
            "in_force_from": self.in_force_from,
            "lapses_on": self.lapses_on,
        }


def coverage(financial_year_start: date, financial_year_end: date | None = None) -> Coverage:
    """
    Whether the act covers the financial year starting on ``financial_year_start``: the one
    decision that the targets duty (:func:`targets_duty`), the deadline of the report
    (:func:`ingroeiquotum.reporting.deadline`), its check and the report all use.

    A financial year is covered when it *starts* while the act is in force (parameter
    ``act.in_force``): on or after 1 January 2022 and before its lapse on 1 January 2030
    (readings ``scope.first_financial_year`` and ``scope.act_coverage``). A covered year keeps
    its duties, and its report a deadline, even where they end after the lapse.

    Where the alternative of ``scope.first_financial_year`` is chosen, a year that ends on or
    after 1 January 2022 is covered too (``financial_year_end`` defaults to twelve months after
    the start); where that of ``scope.act_coverage`` is chosen, the lapse reaches only the
    quota, and a year starting from 2030 is covered:

    >>> from ingroeiquotum import readings
    >>> with readings.choose("scope.first_financial_year", "scope.act_coverage"):
    ...     coverage(date(2021, 7, 1)).covered, coverage(date(2030, 1, 1)).covered
    (True, True)

    >>> coverage(date(2029, 7, 1)).covered
    True
    >>> coverage(date(2021, 7, 1)).covered, coverage(date(2021, 7, 1)).lapsed
    (False, False)
    >>> coverage(date(2030, 1, 1)).covered, coverage(date(2030, 1, 1)).lapsed
    (False, True)

    Raises:
        InvalidDate: if ``financial_year_start`` is not a date.

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.2.0
       The readings of the first year and of the lapse can be switched; ``financial_year_end``
       was added for the first.
    """
    financial_year_start = _validate.day("financial_year_start", financial_year_start)
    if financial_year_end is not None:
        financial_year_end = _validate.day("financial_year_end", financial_year_end)
    status = _in_force("act.in_force", financial_year_start)
    first_year = readings.applies(readings.FIRST_FINANCIAL_YEAR)
    lapse = readings.applies(readings.ACT_COVERAGE)
    covered, lapsed = status.in_force, status.lapsed
    if lapsed and lapse.alternative_chosen:  # the lapse reaches only the quota
        covered, lapsed = True, False
    if not covered and not lapsed and first_year.alternative_chosen:
        end = financial_year_end
        if end is None:
            from dateutil.relativedelta import relativedelta

            end = financial_year_start + relativedelta(years=1, days=-1)
        covered = end >= status.in_force_from
    return Coverage(
        financial_year_start,
        covered,
        lapsed,
        status.in_force_from,
        status.lapses_on,
        first_year,
        lapse,
    )
