"""
Tests of ``ingroeiquotum.exceptions`` (public path ``ingroeiquotum.exceptions``): every error
message builds, whatever the value, and stays bounded (issue 16).
"""

from __future__ import annotations

import time
from decimal import Decimal
from fractions import Fraction

import pytest

from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidCount,
    LoadError,
    NoRuleInForce,
    RowError,
    describe_value,
)


class _Hostile:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (-1, "-1"),
        ("30%", "'30%'"),
        (None, "None"),
        (10**49, repr(10**49)),
        (Decimal("1E-999999"), "Decimal('1E-999999')"),
        (Fraction(1, 3), "Fraction(1, 3)"),
        ([1, "a"], "[1, 'a']"),
        ({"b", "a"}, "{'a', 'b'}"),
        (_Hostile(), "<_Hostile object>"),
    ],
)
def test_short_values_are_shown_as_their_repr(value, shown):
    assert shown == describe_value(value)


@pytest.mark.parametrize(
    ("make", "shown"),
    [
        (lambda: 10**5000, "an integer of 5,001 digits"),
        (lambda: -(10**5000), "a negative integer of 5,001 digits"),
        (lambda: 10**50, "an integer of 51 digits"),
        (lambda: 1 << 10_000_000, "an integer of about 3,010,300 digits"),
        (lambda: Fraction(10**5000, 3), "a Fraction of 5,001 digits over 1 digits"),
        (lambda: Decimal("9" * 5000), "a Decimal of 5,000 digits (magnitude 1E+4999)"),
    ],
    ids=["10**5000", "-10**5000", "10**50", "2**10**7", "fraction", "decimal"],
)
def test_huge_numbers_are_described_by_their_digits(make, shown):
    """An int past 4,300 digits made repr raise ValueError: it is described instead, quickly."""
    value = make()
    started = time.perf_counter()
    assert shown == describe_value(value)
    assert time.perf_counter() - started < 0.5


def test_long_text_and_containers_are_cut():
    assert describe_value("a" * 5000).endswith("... (5,000 characters)")
    assert len(describe_value("a" * 10**7)) < 200
    assert describe_value(b"x" * 500).endswith("... (500 bytes)")
    assert describe_value(list(range(10**6))).endswith(", ...]")
    assert "an integer of 5,001 digits" in describe_value({"men": [10**5000]})


def test_every_error_builds_its_message():
    """The library's errors build their messages for any value, bounded in length."""
    huge = 10**5000
    errors = [
        InvalidArgument("x" * 1000, huge, "r" * 10_000),
        InvalidCount("men", huge),
        LoadError("rows", [RowError(row, "men", huge, "is bad") for row in range(1, 1001)]),
        NoRuleInForce("quota", huge, lapsed=False),
    ]
    for error in errors:
        assert len(str(error)) < 3_000
    assert str(errors[1]).endswith("got an integer of 5,001 digits")
    assert "... and 980 more" in str(errors[2])
    assert 1000 == len(errors[2].errors)
