"""
Tests for ``ingroeiquotum.model.progress`` (public path ``ingroeiquotum.progress``):
year-over-year change, checked against hand counts.
"""

from datetime import date
from fractions import Fraction

import pytest

from ingroeiquotum import progress, samples
from ingroeiquotum.company import Company, Snapshot, calendar_years
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument


def test_changes_of_the_sample_rvc():
    """RvC women 1, 2, 3, 1 at the ends of 2022-2025 (sample data): changes +1, +1, -2."""
    found = progress.changes(samples.sample_company(), "rvc")
    assert [2022, 2023, 2024, 2025] == [change.year for change in found]
    assert [None, 1, 1, -2] == [change.women_change for change in found]
    assert [None, 0, -1, 2] == [change.men_change for change in found]
    # 1/5 -> 2/6: +2/15; 2/6 -> 3/6: +1/6; 3/6 -> 1/6: -1/3
    assert [None, Fraction(2, 15), Fraction(1, 6), Fraction(-1, 3)] == [
        change.share_women_change for change in found
    ]


def test_a_gap_year_breaks_the_comparison():
    """A year without a composition is skipped and the next one has no change to compare."""
    company = Company(
        "X",
        "BV",
        financial_years=calendar_years(2022, 2024),
        snapshots=[
            Snapshot("rvc", date(2022, 12, 31), Composition(3, 1)),
            Snapshot("rvc", date(2024, 12, 31), Composition(2, 2)),
        ],
    )
    found = progress.changes(company, "rvc")
    assert [(2022, None), (2024, None)] == [(c.year, c.women_change) for c in found]


def test_bad_input():
    """No seats, an end before the start, or something that is not a company: InvalidArgument."""
    company = samples.sample_company()
    with pytest.raises(InvalidArgument, match="no seats"):
        progress.flows(company, "rvc", date(2024, 1, 1), date(2024, 12, 31))
    with pytest.raises(InvalidArgument, match="end"):
        progress.flows(company, "bestuur", date(2024, 12, 31), date(2024, 1, 1))
    with pytest.raises(InvalidArgument, match="company"):
        progress.changes("not a company", "rvc")  # type: ignore[arg-type]
