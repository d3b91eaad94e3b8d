"""
Tests for ``ingroeiquotum.law.bw2.target_standing`` (public path ``ingroeiquotum.targets``): how
many persons a target takes (ceil(share * n), whole persons only) and whether it is met.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import targets
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.targets import Target, TargetForm
from oracles import SHARES, each_sex


@pytest.mark.parametrize(
    ("share", "members", "expected"),
    [
        ("40%", 2, 1),
        ("30%", 7, 3),  # 2.1 -> 3
        ("33%", 3, 1),  # 0.99 -> 1
        ("1/3", 3, 1),
        ("1/3", 4, 2),  # 1.33 -> 2
        ("40%", 5, 2),
        ("35%", 56, 20),  # 19.6 -> 20
        ("30%", 18, 6),  # 5.4 -> 6
        ("30%", 10, 3),  # exactly 3
        ("50%", 9, 5),  # 4.5 -> 5
        ("0%", 12, 0),
        ("100%", 4, 4),
    ],
)
def test_persons_needed_examples(share, members, expected):
    """Worked by hand: the share of the organ's size, rounded up to a whole person."""
    assert expected == targets.persons_needed(each_sex(share), members)


@given(share=st.sampled_from(SHARES), members=st.integers(1, 30))
def test_persons_needed_every_size(share, members):
    """
    For organ sizes 1..30 and the shares of ``SHARES``: persons needed = ceil(share * n), for
    both share forms (one property drawing the share and the size).
    """
    expected = math.ceil(share * members)
    assert expected == targets.persons_needed(each_sex(share), members)
    women_share = Target("rvc", "women_share", share, target_year=2027)
    assert expected == targets.persons_needed(women_share, members)


@pytest.mark.parametrize("bad", [-1, 1.0, "3", True, None])
def test_bad_members(bad):
    """The organ's size is a count."""
    with pytest.raises(InvalidArgument) as info:
        targets.persons_needed(each_sex("30%"), bad)
    assert "members" == info.value.field


@given(board=st.tuples(*[st.integers(0, 6)] * 4), share=st.sampled_from(["30%", "1/3", "45%"]))
def test_met_agrees_with_the_measure_on_known_boards(board, share):
    """For a fully known organ, ``met`` is 'the measure reaches the target' (rule book §2)."""
    men, women, other, _ = board
    composition = Composition(men, women, other)
    for form in (TargetForm.EACH_SEX, TargetForm.WOMEN_SHARE):
        target = Target("rvc", form, share, target_year=2027)
        now = targets.measure(target, composition)
        expected = None if now is None else now >= Fraction(target.value)
        assert expected == targets.met(target, composition)
