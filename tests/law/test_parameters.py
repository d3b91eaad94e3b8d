"""
Tests for ``ingroeiquotum.law.parameters`` and ``_parameters_data`` (public path
``ingroeiquotum.parameters``): the dated legal values, their golden dump and the act's dates.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from ingroeiquotum import parameters
from ingroeiquotum.exceptions import IngroeiquotumError, NoRuleInForce
from ingroeiquotum.parameters import SizeLimits
from regenerate_golden import GOLDEN, dump, render

ALL = sorted(parameters.all_parameters().items())


@pytest.mark.parametrize(("key", "parameter"), ALL, ids=[key for key, _ in ALL])
def test_dates_sorted_and_unique(key, parameter):
    """Every parameter's start dates are strictly increasing."""
    starts = [value.start for value in parameter.values]
    assert sorted(set(starts)) == starts
    assert key == parameter.key


@pytest.mark.parametrize(("key", "parameter"), ALL, ids=[key for key, _ in ALL])
def test_no_rule_before_first_date(key, parameter):
    """Asking before the first date raises NoRuleInForce, not yet in force (lapsed=False)."""
    first = parameter.values[0].start
    with pytest.raises(NoRuleInForce) as info:
        parameter.at(date.fromordinal(first.toordinal() - 1))
    assert (key, False) == (info.value.key, info.value.lapsed)
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, IngroeiquotumError)


LAPSING = [(key, p) for key, p in ALL if any(v.value is None for v in p.values)]


@pytest.mark.parametrize(("key", "parameter"), LAPSING, ids=[key for key, _ in LAPSING])
def test_no_rule_from_none_value(key, parameter):
    """From a None value on, the rule has lapsed: NoRuleInForce with lapsed=True."""
    lapse = next(value.start for value in parameter.values if value.value is None)
    with pytest.raises(NoRuleInForce) as info:
        parameter.at(lapse)
    assert info.value.lapsed


@pytest.mark.parametrize(
    ("key", "on", "expected"),
    [
        ("quota.minimum_share", date(2022, 1, 1), Fraction(1, 3)),
        ("quota.minimum_share", date(2029, 12, 31), Fraction(1, 3)),
        ("quota.reappointment_window_years", date(2025, 6, 1), 8),
        ("act.in_force", date(2022, 1, 1), True),
        ("reporting.period_months", date(2023, 12, 31), 10),
        (
            "scope.size_limits",
            date(2022, 1, 1),
            SizeLimits(Decimal(20_000_000), Decimal(40_000_000), 250),
        ),
        (
            "scope.size_limits",
            date(2023, 1, 1),
            SizeLimits(Decimal(20_000_000), Decimal(40_000_000), 250),
        ),
        (
            "scope.size_limits",
            date(2024, 1, 1),
            SizeLimits(Decimal(25_000_000), Decimal(50_000_000), 250),
        ),
        (
            "scope.size_limits_opt_in",
            date(2023, 7, 1),
            SizeLimits(Decimal(25_000_000), Decimal(50_000_000), 250),
        ),
    ],
)
def test_values_from_the_rule_book(key, on, expected):
    """The values of the rule book: one third, eight years, ten months, the size limits."""
    assert expected == parameters.at(key, on)


@pytest.mark.parametrize(
    ("key", "on"),
    [
        ("quota.minimum_share", date(2030, 1, 1)),
        ("act.in_force", date(2021, 12, 31)),
        ("act.in_force", date(2030, 1, 1)),
        ("scope.size_limits_opt_in", date(2022, 12, 31)),
        ("scope.size_limits_opt_in", date(2024, 1, 1)),
    ],
)
def test_out_of_force_dates(key, on):
    """The quota and the act run from 2022-01-01 up to 2030-01-01; the opt-in is for 2023."""
    with pytest.raises(NoRuleInForce):
        parameters.at(key, on)


def test_unknown_key():
    """An unknown parameter key raises KeyError."""
    with pytest.raises(KeyError):
        parameters.get("quota.maximum_share")


def test_golden_file_matches():
    """The dump of every parameter equals tests/golden/parameters.json (regenerate to update)."""
    assert json.loads(GOLDEN.read_text(encoding="utf-8")) == dump()
    assert GOLDEN.read_text(encoding="utf-8") == render()


@pytest.mark.parametrize(
    ("on", "state"),
    [
        (date(2021, 12, 31), "not_yet"),
        (date(2022, 1, 1), "in_force"),
        (date(2029, 12, 31), "in_force"),
        (date(2030, 1, 1), "lapsed"),
    ],
)
def test_in_force_is_the_one_answer_with_its_dates(on, state):
    """parameters.in_force agrees with at(): in force exactly where at() gives a value."""
    status = parameters.in_force("quota.minimum_share", on)
    assert (status.state, status.on, status.in_force_from, status.lapses_on) == (
        state,
        on,
        date(2022, 1, 1),
        date(2030, 1, 1),
    )
    if state == "in_force":
        assert (status.in_force, parameters.at("quota.minimum_share", on)) == (True, Fraction(1, 3))
    else:
        with pytest.raises(NoRuleInForce) as raised:
            parameters.at("quota.minimum_share", on)
        assert (status.in_force, status.lapsed) == (False, raised.value.lapsed)
