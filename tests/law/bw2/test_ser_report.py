"""
Tests for ``ingroeiquotum.law.bw2.ser_report`` (public path ``ingroeiquotum.reporting``): the
deadline of the report to the SER.

The deadline follows the rule book's Decision (section 3): the day with the same number in the
tenth month after the end of the financial year, or that month's last day where it has no such
day; no weekend roll-over. The expectations are written out by hand or computed with
``calendar.monthrange`` (``oracles.py``), never with dateutil.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import reporting
from ingroeiquotum.exceptions import (
    InvalidDate,
    NoRuleInForce,
)
from oracles import MONTH_END_DEADLINES, ten_months_later

# Every month end of 2023 and 2024, worked out by hand: ten months on, same day number, else
# the last day of that month (2024 is a leap year, 2025 is not).


@pytest.mark.parametrize(("end", "expected"), sorted(MONTH_END_DEADLINES.items()), ids=str)
def test_deadline_every_month_end(end, expected):
    """Every month end of 2023 and 2024 (2024 a leap year)."""
    assert expected == reporting.deadline(end)


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (date(2024, 6, 15), date(2025, 4, 15)),
        (date(2023, 3, 29), date(2024, 1, 29)),
        (date(2023, 4, 29), date(2024, 2, 29)),  # 29 February exists in 2024
        (date(2024, 4, 29), date(2025, 2, 28)),  # not in 2025
        (date(2023, 5, 1), date(2024, 3, 1)),
        (date(2022, 12, 31), date(2023, 10, 31)),  # first twelve-month year the act covers
        (date(2029, 12, 31), date(2030, 10, 31)),
        (date(2030, 12, 30), date(2031, 10, 30)),  # last: the year starts on 2029-12-31
    ],
    ids=str,
)
def test_deadline_mid_month_and_edges(end, expected):
    """
    Mid-month ends keep their day number; the first and last ends of a twelve-month year the
    act covers (it starts from 2022-01-01 and before 2030-01-01).
    """
    assert expected == reporting.deadline(end)


@pytest.mark.parametrize(
    "end",
    [
        date(2021, 12, 31),
        date(2020, 6, 30),
        date(2022, 6, 30),  # a twelve-month year starting 2021-07-01
        date(2022, 12, 30),  # starting 2021-12-31, a day before the act
        date(2030, 12, 31),  # starting 2030-01-01, the day the act lapses
        date(2031, 12, 31),
    ],
    ids=str,
)
def test_deadline_outside_the_act(end):
    """
    A twelve-month year that started before 2022 (reports were voluntary) or from 2030 (the act
    has lapsed): no deadline.
    """
    with pytest.raises(NoRuleInForce) as info:
        reporting.deadline(end)
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize("bad", [datetime(2024, 12, 31, 12, 0), "2024-12-31", None, 20241231])
def test_deadline_bad_argument(bad):
    """Only a calendar date is a financial-year end."""
    with pytest.raises(InvalidDate) as info:
        reporting.deadline(bad)
    assert "financial_year_end" == info.value.field


# The ends of the twelve-month years the act covers: starting 2022-01-01 up to 2029-12-31.
in_force_ends = st.dates(min_value=date(2022, 12, 31), max_value=date(2030, 12, 30))


@settings(max_examples=200)
@given(in_force_ends)
def test_deadline_is_ten_calendar_months_later(end):
    """Always ten calendar months later, on the same day number or the month's last day."""
    due = reporting.deadline(end)
    assert 10 == (due.year * 12 + due.month) - (end.year * 12 + end.month)
    assert ten_months_later(end) == due


@settings(max_examples=200)
@given(in_force_ends, in_force_ends)
def test_deadline_is_monotone(first, second):
    """A later financial-year end never has an earlier deadline."""
    first, second = sorted((first, second))
    assert reporting.deadline(first) <= reporting.deadline(second)


def test_deadline_start_after_end_is_refused():
    """A financial year cannot start after it ends."""
    with pytest.raises(InvalidDate) as info:
        reporting.deadline(date(2024, 12, 31), financial_year_start=date(2025, 1, 1))
    assert "financial_year_start" == info.value.field


def test_deadline_of_the_last_year_of_the_act():
    """
    The last twelve-month year the act covers starts 2029-12-31 and is reported by 2031-10-30;
    the first starts 2022-01-01 and is reported by 2023-10-31. A year starting a day earlier
    or later has no deadline (scope.coverage).
    """
    assert date(2031, 10, 30) == reporting.deadline(date(2030, 12, 30))
    assert date(2023, 10, 31) == reporting.deadline(date(2022, 12, 31))
    for end in (date(2022, 12, 30), date(2030, 12, 31)):
        with pytest.raises(NoRuleInForce):
            reporting.deadline(end)
