"""
Tests for ``ingroeiquotum.scope``: the size test of art. 2:397 BW as art. 2:166/2:276 lid 1 BW
use it, and the scope of the quota (art. 2:142b lid 1 BW).

The oracle below is written from the rule book's text, in a different shape from a state
machine: the status on a date is the status of the latest pair of consecutive balance-sheet
dates that agree (both over two of three limits, or both not).
"""

from __future__ import annotations

from datetime import date

import pytest

from ingroeiquotum import scope
from ingroeiquotum.exceptions import InvalidDate


@pytest.mark.parametrize(
    ("start", "covered", "lapsed"),
    [
        (date(2021, 12, 31), False, False),
        (date(2022, 1, 1), True, False),
        (date(2021, 7, 1), False, False),  # broken year 2021/2022
        (date(2029, 7, 1), True, False),  # broken year 2029/2030
        (date(2029, 12, 31), True, False),
        (date(2030, 1, 1), False, True),  # the day the act lapses
    ],
    ids=str,
)
def test_coverage_is_decided_by_the_start(start, covered, lapsed):
    """The rule book: covered when the year starts from 2022-01-01 and before 2030-01-01."""
    result = scope.coverage(start)
    assert (covered, lapsed) == (result.covered, result.lapsed)
    assert (date(2022, 1, 1), date(2030, 1, 1)) == (result.in_force_from, result.lapses_on)


def test_coverage_bad_argument():
    """Only a calendar date starts a financial year."""
    with pytest.raises(InvalidDate) as info:
        scope.coverage("2024-01-01")
    assert "financial_year_start" == info.value.field
