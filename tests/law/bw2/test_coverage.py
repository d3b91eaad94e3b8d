"""
Tests for ``ingroeiquotum.law.bw2.coverage`` (public path ``ingroeiquotum.scope.coverage``): which
financial years the act covers, from its entry into force to its lapse.
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
