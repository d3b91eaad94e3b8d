"""Tests for ``ingroeiquotum.composition``: counts by gender, seats, and exact shares."""

from __future__ import annotations

import inspect
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum._validate import MAX_PEOPLE
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import InvalidCount, InvalidDate, InvalidGender
from ingroeiquotum.gender import Gender
from strategies import compositions, dates, genders_or_unknown


@pytest.mark.parametrize("field", ["men", "women", "other", "unknown"])
@pytest.mark.parametrize("value", [-1, True, False, 1.0, 2.5, "3", None, float("nan")])
def test_composition_refuses_non_counts(field, value):
    """Every count must be an int of at least zero; bools, floats, strings and None are refused."""
    arguments = {"men": 1, "women": 1, "other": 0, "unknown": 0, field: value}
    with pytest.raises(InvalidCount) as info:
        Composition(**arguments)
    assert (field, repr(value)) == (info.value.field, repr(info.value.value))
    assert isinstance(info.value, ValueError)


def test_members_count_everyone():
    """Men, women, X and unknown all hold seats."""
    assert 10 == Composition(men=4, women=3, other=2, unknown=1).members


def test_share_is_an_exact_fraction():
    """4 men and 2 women: women hold exactly one third, men two thirds."""
    board = Composition(men=4, women=2)
    assert (Fraction(1, 3), Fraction(2, 3)) == (board.share("woman"), board.share(Gender.MAN))
    assert type(board.share("woman")) is Fraction


def test_share_of_empty_board_is_none():
    """An empty organ has no shares."""
    assert None is Composition(0, 0).share("woman")


@given(compositions(unknown=5))
def test_shares_add_up_to_one(composition):
    """The shares of the four genders of a non-empty organ add up to exactly 1."""
    if composition.members:
        assert 1 == sum(composition.share(gender) for gender in Gender)


def test_from_genders_counts():
    """Counting a list of genders, strings or Gender members."""
    assert Composition(1, 2, 1, 1) == Composition.from_genders(
        ["man", "woman", Gender.WOMAN, "other", "unknown"]
    )


def test_from_genders_names_the_bad_position():
    """An unknown gender is refused with its position in the list."""
    with pytest.raises(InvalidGender) as info:
        Composition.from_genders(["man", "dame"])
    assert ("genders[1]", "dame") == (info.value.field, info.value.value)


SEATS = [
    Seat("man", date(2019, 5, 1)),
    Seat("woman", date(2020, 5, 1), end=date(2023, 4, 30)),
    Seat("woman", date(2023, 5, 1)),
    Seat("other", date(2021, 1, 1), end=date(2021, 12, 31)),
]


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2019, 4, 30), Composition(0, 0)),
        (date(2019, 5, 1), Composition(1, 0)),  # first day counts
        (date(2021, 12, 31), Composition(1, 1, 1)),  # last day counts (inclusive end)
        (date(2022, 1, 1), Composition(1, 1)),
        (date(2023, 4, 30), Composition(1, 1)),
        (date(2023, 5, 1), Composition(1, 1)),  # the successor
    ],
)
def test_from_seats_with_inclusive_end(on, expected):
    """A seat counts from its start day up to and including its end day."""
    assert expected == Composition.from_seats(SEATS, on=on)


def test_seat_end_before_start_refused():
    """A seat cannot end before it starts; ending on its first day is fine."""
    with pytest.raises(InvalidDate) as info:
        Seat("man", date(2024, 1, 2), end=date(2024, 1, 1))
    assert "end" == info.value.field
    assert Seat("man", date(2024, 1, 1), end=date(2024, 1, 1)).holds_on(date(2024, 1, 1))


def test_seat_first_appointed_after_start_refused():
    """The first appointment cannot come after the current term's start."""
    with pytest.raises(InvalidDate) as info:
        Seat("man", date(2024, 1, 1), first_appointed=date(2024, 1, 2))
    assert "first_appointed" == info.value.field


@pytest.mark.parametrize(
    ("arguments", "error", "field"),
    [
        ({"gender": "dame", "start": date(2024, 1, 1)}, InvalidGender, "gender"),
        ({"gender": "man", "start": "2024-01-01"}, InvalidDate, "start"),
        ({"gender": "man", "start": datetime(2024, 1, 1, 9, 30)}, InvalidDate, "start"),
        ({"gender": "man", "start": date(2024, 1, 1), "end": 2025}, InvalidDate, "end"),
    ],
)
def test_seat_refuses_bad_values(arguments, error, field):
    """A seat refuses an unknown gender and anything that is not a date."""
    with pytest.raises(error) as info:
        Seat(**arguments)
    assert field == info.value.field


def test_from_seats_refuses_datetime():
    """from_seats needs a date, not a datetime with a time of day."""
    with pytest.raises(InvalidDate):
        Composition.from_seats(SEATS, on=datetime(2024, 1, 1, 9, 30))


@given(compositions(unknown=3), genders_or_unknown)
def test_plus_then_minus_is_identity(composition, gender):
    """Adding one member of a gender and removing one again gives the same composition."""
    assert composition == composition.plus(gender).minus(gender)


@given(compositions(unknown=3), genders_or_unknown)
def test_plus_adds_one_member(composition, gender):
    """plus adds exactly one member, of the gender given."""
    after = composition.plus(gender)
    assert (composition.members + 1, composition.count(gender) + 1) == (
        after.members,
        after.count(gender),
    )


def test_minus_below_zero_refused():
    """Removing a member of a gender that has none is refused."""
    with pytest.raises(InvalidCount):
        Composition(2, 0).minus("woman")


def test_as_dict():
    """The counts as a plain dict."""
    assert {"men": 1, "women": 2, "other": 3, "unknown": 4} == Composition(1, 2, 3, 4).as_dict()


@given(dates(), dates())
def test_seat_holds_on_its_days_only(start, on):
    """An open seat is held from its start on, and not before."""
    assert (on >= start) == Seat("woman", start).holds_on(on)


class _Count(int):
    """An int subclass: not the plain int the quick path of ``__init__`` takes."""


def _outcome(make):
    """What a constructor call gives: the fields with their types, or the refusal in full."""
    try:
        made = make()
    except Exception as error:  # the refusal, compared in full below
        return ("refused", type(error), str(error), getattr(error, "field", None))
    return ("made", type(made), [(type(value), value) for value in attrs.astuple(made)])


def _parameters(function):
    """The name, kind and default of each parameter of ``function``."""
    signature = inspect.signature(function)
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def _checked(cls, *arguments):
    """``cls(*arguments)`` through the checks attrs generates from the fields alone."""
    blank = object.__new__(cls)
    blank.__attrs_init__(*arguments)
    return blank


_COUNTS = st.integers(0, 12)
_WRONG_COUNTS = st.sampled_from(
    [-1, MAX_PEOPLE, MAX_PEOPLE + 1, -(2**70), 2**70, True, False, None, 1.0, float("nan"), "3",
     Decimal(2), _Count(3), _Count(-1), b"1", [1]]
)  # fmt: skip


@st.composite
def _counts(draw):
    """Four counts, most often plain ones, with up to two of them odd (refused or not plain)."""
    counts = [draw(_COUNTS) for _ in range(4)]
    for index in draw(st.lists(st.integers(0, 3), max_size=2)):
        counts[index] = draw(_WRONG_COUNTS)
    return counts


@given(_counts())
def test_composition_quick_path_is_the_checked_path(counts):
    """
    ``Composition`` stores plain ints in range at once (issue 19's speed): for any counts it
    gives what the checks attrs generates from the fields give, the same counts of the same
    types or the same refusal with the same message.
    """
    expected = _outcome(lambda: _checked(Composition, *counts))
    assert expected == _outcome(lambda: Composition(*counts))
    names = ("men", "women", "other", "unknown")
    assert expected == _outcome(lambda: Composition(**dict(zip(names, counts, strict=True))))


def test_composition_signature_is_the_fields():
    """The hand-written ``__init__`` takes what the generated one takes, with the same defaults."""
    assert _parameters(Composition.__attrs_init__) == _parameters(Composition.__init__)
    assert Composition(3, 2) == Composition(3, 2, 0, 0) == attrs.evolve(Composition(3, 2))
