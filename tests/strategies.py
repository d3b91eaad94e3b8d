"""Hypothesis strategies shared by the test modules (attrs keeps them in one place too)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from ingroeiquotum.composition import Composition

LAW_START = date(2022, 1, 1)
"""The act's entry into force (rule book section 0)."""
LAW_SUNSET = date(2030, 1, 1)
"""The act's lapse under its horizon clause (rule book section 0)."""

counts = st.integers(min_value=0, max_value=30)
"""A small number of people."""

sexes = st.sampled_from(["man", "woman"])
"""One of the two sexes the law counts."""

genders = st.sampled_from(["man", "woman", "other"])
"""A registered gender (man, woman, or neither)."""

genders_or_unknown = st.sampled_from(["man", "woman", "other", "unknown"])
"""A gender, or 'not recorded'."""


def dates(min_value: date = date(2015, 1, 1), max_value: date = date(2035, 12, 31)):
    """Calendar dates, by default 2015 to 2035."""
    return st.dates(min_value=min_value, max_value=max_value)


in_force_dates = dates(LAW_START, LAW_SUNSET - timedelta(days=1))
"""Dates on which the quota is in force."""

out_of_force_dates = st.one_of(
    dates(max_value=LAW_START - timedelta(days=1)), dates(min_value=LAW_SUNSET)
)
"""Dates before the act or after its lapse (2015 to 2035)."""


def compositions(max_count: int = 12, *, other: bool = True, unknown: int = 0):
    """Compositions of up to ``max_count`` people per gender, ``unknown`` at most of unknown sex."""
    return st.builds(
        Composition,
        men=st.integers(0, max_count),
        women=st.integers(0, max_count),
        other=st.integers(0, max_count if other else 0),
        unknown=st.integers(0, unknown),
    )


# Figures near the size limits of art. 2:397 lid 1 BW (20/25 m, 40/50 m, 250), so that the
# thresholds and the switch of Stb. 2024, 52 are hit often.
total_assets = st.one_of(
    st.sampled_from([0, 19_999_999, 20_000_000, 20_000_001, 22_000_000, 25_000_000, 25_000_001]),
    st.integers(0, 60_000_000),
)
net_turnover = st.one_of(
    st.sampled_from([0, 39_999_999, 40_000_000, 40_000_001, 45_000_000, 50_000_000, 50_000_001]),
    st.integers(0, 120_000_000),
)
employees = st.one_of(st.sampled_from([0, 249, 250, 251]), st.integers(0, 600))


def size_figures(*, missing: bool = False):
    """The three size figures of one year, as a dict; with ``missing``, any may be ``None``."""

    def maybe(strategy):
        return st.one_of(st.none(), strategy) if missing else strategy

    return st.fixed_dictionaries(
        {
            "total_assets": maybe(total_assets),
            "net_turnover": maybe(net_turnover),
            "employees": maybe(employees),
        }
    )


@st.composite
def histories(draw, min_size: int = 1, max_size: int = 6, *, missing: bool = False):
    """
    A company's history of calendar financial years (balance sheet on 31 December), in order,
    starting in 2016 to 2030, as the mappings that ``scope.is_large`` takes.
    """
    size = draw(st.integers(min_size, max_size))
    first = draw(st.integers(2016, 2030))
    return [
        {"balance_sheet_date": date(first + index, 12, 31), **draw(size_figures(missing=missing))}
        for index in range(size)
    ]


@st.composite
def balanced_boards(draw, max_low: int = 10):
    """
    (men, women, other) of a board that meets the quota, built directly (no filtering).

    With ``low`` the smaller and ``high`` the larger sex count, the board is balanced exactly
    when 3 * low >= low + high + other, i.e. other <= 2 * low - high.
    """
    low = draw(st.integers(0, max_low))
    high = draw(st.integers(low, 2 * low))
    other = draw(st.integers(0, 2 * low - high))
    return (low, high, other) if draw(st.booleans()) else (high, low, other)


shares = st.fractions(min_value=0, max_value=1, max_denominator=20)


"""Shares between 0 and 1 with small denominators (outflow, inflow)."""


def starts(max_count=12):
    """Compositions of up to ``max_count`` men and women and a few others."""
    return st.builds(
        Composition,
        men=st.integers(0, max_count),
        women=st.integers(0, max_count),
        other=st.integers(0, 2),
        unknown=st.integers(0, 2),
    )


years = st.integers(0, 10)
