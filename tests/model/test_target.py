"""
Tests for ``ingroeiquotum.model.target`` (public path ``ingroeiquotum.targets``): the target as
a value (*streefcijfer*): its organ, form, share or count and years, and what it refuses.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.organs import Organ
from ingroeiquotum.targets import Target, TargetForm
from oracles import each_sex


@pytest.mark.parametrize(
    ("given_value", "expected"),
    [
        ("30%", Fraction(3, 10)),
        ("30 %", Fraction(3, 10)),
        ("0.3", Fraction(3, 10)),
        ("0,3", Fraction(3, 10)),
        ("33/100", Fraction(33, 100)),
        ("1/3", Fraction(1, 3)),
        (Fraction(1, 3), Fraction(1, 3)),
        (Decimal("0.35"), Fraction(7, 20)),
        (Decimal("0.4"), Fraction(2, 5)),
        ("100%", Fraction(1)),
        ("0%", Fraction(0)),
        (0, Fraction(0)),
        (1, Fraction(1)),
        ("33.3%", Fraction(333, 1000)),
    ],
)
def test_share_forms(given_value, expected):
    """A share may be written as a percentage, a decimal, a fraction string, Fraction or Decimal."""
    target = each_sex(given_value, "rvc")
    assert expected == target.value
    assert isinstance(target.value, Fraction)


def test_women_count_is_an_int():
    """The women-count form keeps a whole number of women."""
    target = Target("bestuur", "women_count", 1, target_year=2026)
    assert 1 == target.value
    assert TargetForm.WOMEN_COUNT is target.form


@pytest.mark.parametrize("bad", ["120%", "1.01", "101/100", Fraction(11, 10), Decimal("1.5"), 2])
def test_share_above_100_percent_is_refused(bad):
    """A share above 100 % raises InvalidArgument (a ValueError) naming the field and value."""
    with pytest.raises(InvalidArgument) as info:
        each_sex(bad)
    assert isinstance(info.value, ValueError)
    assert "value" == info.value.field
    assert bad == info.value.value
    assert "value" in str(info.value)
    assert repr(bad) in str(info.value)


@pytest.mark.parametrize("bad", ["-1%", "-0.1", "-1/3", Fraction(-1, 3), Decimal("-0.01"), -1])
def test_share_below_zero_is_refused(bad):
    """A share below 0 raises InvalidArgument naming the field and value."""
    with pytest.raises(InvalidArgument) as info:
        each_sex(bad)
    assert "value" == info.value.field
    assert bad == info.value.value


@pytest.mark.parametrize("form", list(TargetForm))
@pytest.mark.parametrize("flag", [True, False])
def test_bool_is_refused(form, flag):
    """A bool is not a share nor a count, in any form."""
    with pytest.raises(InvalidArgument) as info:
        Target("rvc", form, flag, target_year=2027)
    assert "value" == info.value.field
    assert flag is info.value.value


@pytest.mark.parametrize("bad", ["abc", "", "%", "1/0", "NaN", "Infinity", None, [0.3], object()])
def test_garbage_share_is_refused(bad):
    """Text or objects that are no share raise InvalidArgument, never another exception."""
    with pytest.raises(InvalidArgument) as info:
        each_sex(bad)
    assert "value" == info.value.field


def test_target_year_before_base_year_is_refused():
    """The target year must not come before the base year."""
    with pytest.raises(InvalidArgument) as info:
        each_sex("30%", target_year=2024, base_year=2025)
    assert "target_year" == info.value.field
    assert 2024 == info.value.value
    assert "2025" in str(info.value)


def test_target_year_equal_to_base_year_is_allowed():
    """A target for the base year itself is allowed (no path, only the target)."""
    assert 2025 == each_sex("30%", target_year=2025, base_year=2025).target_year


@pytest.mark.parametrize(
    ("organ", "joint_with"),
    [
        ("bestuur", "subtop:Directors"),
        ("subtop:Directors", "bestuur"),
        ("rvc", "rvc"),
        ("bestuur", "bestuur"),
        ("bestuur", "non_executive"),
        ("executive", "rvc"),
    ],
)
def test_joint_target_only_for_bestuur_and_rvc(organ, joint_with):
    """A joint target covers the bestuur and the RvC (or the one-tier equivalents) only."""
    with pytest.raises(InvalidArgument) as info:
        Target(organ, "each_sex", "30%", target_year=2027, joint_with=joint_with)
    assert "joint_with" == info.value.field
    assert joint_with == info.value.value


@pytest.mark.parametrize(
    ("organ", "joint_with"),
    [("bestuur", "rvc"), ("rvc", "bestuur"), ("executive", "non_executive")],
)
def test_joint_target_pairs_allowed(organ, joint_with):
    """The bestuur/RvC pair (either way round) and the one-tier pair are accepted."""
    target = Target(organ, "each_sex", "30%", target_year=2027, joint_with=joint_with)
    assert (Organ.parse(organ), Organ.parse(joint_with)) == target.organs


@pytest.mark.parametrize("bad", [-1, -5, 1.5, "2", True])
def test_women_count_must_be_a_non_negative_int(bad):
    """A number of women is an int of at least zero."""
    with pytest.raises(InvalidArgument) as info:
        Target("bestuur", "women_count", bad, target_year=2027)
    assert "value" == info.value.field
    assert bad == info.value.value


@pytest.mark.parametrize("bad", [2027.0, "2027", True, None, 1800])
def test_target_year_must_be_a_year(bad):
    """The target year is an int year."""
    with pytest.raises(InvalidArgument) as info:
        Target("bestuur", "each_sex", "30%", target_year=bad)
    assert "target_year" == info.value.field
