"""Tests for ``ingroeiquotum.gender``."""

from __future__ import annotations

import pytest

from ingroeiquotum.exceptions import InvalidArgument, InvalidGender
from ingroeiquotum.gender import Gender


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("man", Gender.MAN),
        (" Woman ", Gender.WOMAN),
        ("OTHER", Gender.OTHER),
        ("unknown", Gender.UNKNOWN),
        (Gender.MAN, Gender.MAN),
    ],
)
def test_parse(text, expected):
    """Gender names parse case- and space-insensitively."""
    assert expected is Gender.parse(text)


@pytest.mark.parametrize("value", ["female", "m", "x", "", None, 1, True, ["man"]])
def test_parse_refuses(value):
    """Anything else is an InvalidGender naming the field and the value."""
    with pytest.raises(InvalidGender) as info:
        Gender.parse(value, "appointee")
    assert ("appointee", value) == (info.value.field, info.value.value)
    assert isinstance(info.value, ValueError)


def test_is_sex_and_opposite():
    """Only men and women are sexes for the law, and each is the other's opposite."""
    assert [True, True, False, False] == [gender.is_sex for gender in Gender]
    assert (Gender.WOMAN, Gender.MAN) == (Gender.MAN.opposite, Gender.WOMAN.opposite)


@pytest.mark.parametrize("gender", [Gender.OTHER, Gender.UNKNOWN])
def test_opposite_of_non_sex_refused(gender):
    """Neither X nor unknown has an opposite."""
    with pytest.raises(InvalidArgument):
        _ = gender.opposite
