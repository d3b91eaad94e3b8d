"""Tests for ``ingroeiquotum.bulk.figures``: the figures shared by both aggregate paths."""

import statistics
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum.bulk import figures
from ingroeiquotum.exceptions import InvalidArgument

pairs = st.dictionaries(
    st.tuples(st.integers(0, 30), st.integers(1, 30)).filter(lambda pair: pair[0] <= pair[1]),
    st.integers(1, 5),
    max_size=12,
)


@given(pairs)
def test_mean_and_median_from_counts_equal_statistics_over_every_organ(counted):
    """Counting (women, members) pairs gives the exact mean and median of all the shares."""
    shares = [
        Fraction(women, members)
        for (women, members), organs in counted.items()
        for _ in range(organs)
    ]
    expected = (
        (round(float(sum(shares) / len(shares)), 4), round(float(statistics.median(shares)), 4))
        if shares
        else (None, None)
    )
    assert expected == figures.mean_and_median(counted)


def test_the_median_of_an_even_number_is_the_middle_pair_halved():
    """Shares 0, 1/4, 1/2, 1: median (1/4 + 1/2) / 2 = 3/8; 2/8 and 1/4 are one share."""
    assert (0.4375, 0.375) == figures.mean_and_median({(0, 2): 1, (2, 8): 1, (1, 2): 1, (3, 3): 1})


@pytest.mark.parametrize(
    ("employees", "label"),
    [(0, "<250"), (249, "<250"), (250, "250-499"), (499, "250-499"), (500, "500-999"),
     (999, "500-999"), (1000, "1000+"), (None, None)],
)  # fmt: skip
def test_size_class(employees, label):
    assert label == figures.size_class(employees)


def test_checked_by():
    assert figures.GROUPINGS == figures.checked_by(None)
    assert ("size",) == figures.checked_by(["size"])
    for wrong in ("size", ["sector"], 3):
        with pytest.raises(InvalidArgument):
            figures.checked_by(wrong)
