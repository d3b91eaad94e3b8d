"""
Tests for ``ingroeiquotum.planning.vacancies`` (public path ``ingroeiquotum.succession``): the
seats that fall vacant between two dates and the yearly general meetings.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import succession
from ingroeiquotum.composition import Seat
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidDate,
)
from ingroeiquotum.succession import Vacancy

AGMS = succession.yearly_meetings(4, 23, 2026, 2029)


def agm(year: int) -> date:
    """The general meeting of ``year`` in these tests: 23 April."""
    return date(year, 4, 23)


def test_yearly_meetings():
    """One date a year, both years included."""
    expected = (date(2026, 5, 14), date(2027, 5, 14))
    assert expected == succession.yearly_meetings(5, 14, 2026, 2027)
    assert (date(2028, 2, 29),) == succession.yearly_meetings(2, 29, 2028, 2028)


@pytest.mark.parametrize(
    ("args", "field", "error"),
    [
        ((13, 1, 2026, 2027), "month", InvalidArgument),
        ((4, 0, 2026, 2027), "day", InvalidArgument),
        ((4, 23, 2027, 2026), "last_year", InvalidArgument),
        ((4, True, 2026, 2027), "day", InvalidArgument),
        ((4, "23", 2026, 2027), "day", InvalidArgument),
        ((2, 29, 2027, 2028), "day", InvalidDate),
        ((4, 31, 2026, 2026), "day", InvalidDate),
        ((4, 23, 0, 2026), "first_year", InvalidArgument),
    ],
)
def test_yearly_meetings_refuses(args, field, error):
    """A bad month, day or year is refused, naming it."""
    with pytest.raises(error) as caught:
        succession.yearly_meetings(*args)
    assert field == caught.value.field


def test_vacancies_window_by_date():
    """Only vacancies from start to end count; a seat without an end never falls vacant."""
    seats = [
        Seat("man", date(2020, 1, 1), date(2025, 12, 31)),
        Seat("woman", date(2020, 1, 1), date(2026, 12, 30)),
        Seat("woman", date(2020, 1, 1), date(2026, 12, 31)),
        Seat("man", date(2020, 1, 1)),
    ]
    found = succession.vacancies(seats, date(2026, 1, 1), date(2026, 12, 31))
    assert [date(2026, 1, 1), date(2026, 12, 31)] == [vacancy.on for vacancy in found]
    assert all(vacancy.meeting is None for vacancy in found)


def test_window_of_a_member_first_appointed_in_2018():
    """First appointed in 2018: a reappointment in 2026 is inside the window, in 2027 not."""
    seat_2026 = Seat("man", date(2022, 4, 23), agm(2026), first_appointed=date(2018, 6, 1))
    seat_2027 = Seat("man", date(2023, 4, 23), agm(2027), first_appointed=date(2018, 6, 1))
    assert (2026, True) == (
        Vacancy(seat_2026, agm(2026)).window_until,
        Vacancy(seat_2026, agm(2026)).in_window,
    )
    assert (2026, False) == (
        Vacancy(seat_2027, agm(2027)).window_until,
        Vacancy(seat_2027, agm(2027)).in_window,
    )
    # Without a meeting, the reappointment is judged on the first day the seat is vacant.
    assert date(2027, 4, 24) == Vacancy(seat_2027).reappointment_on


def test_window_is_moot_where_the_quota_does_not_reach():
    """From 2030 (and before 2022) nothing is void: the window has no year."""
    seat = Seat("man", date(2025, 4, 23), date(2029, 12, 31), first_appointed=date(2010, 1, 1))
    assert (None, None) == (Vacancy(seat).window_until, Vacancy(seat).in_window)
    early = Seat("man", date(2017, 4, 23), date(2021, 4, 23))
    assert (None, None) == (Vacancy(early, agm(2021)).window_until, Vacancy(early).in_window)


@pytest.mark.parametrize(
    ("seat", "meeting", "field"),
    [
        (Seat("man", date(2020, 1, 1)), None, "seat.end"),
        (Seat("man", date(2020, 1, 1), date(2026, 4, 23)), date(2026, 4, 22), "meeting"),
        ("man", None, "seat"),
        (Seat("man", date(2020, 1, 1), date.max), None, "seat.end"),
    ],
)
def test_vacancy_refuses(seat, meeting, field):
    """A vacancy needs a seat that ends, filled at a meeting on or after its last day."""
    with pytest.raises(InvalidArgument) as caught:
        Vacancy(seat, meeting)
    assert field == caught.value.field


SEATS = [Seat("man", date(2020, 1, 1), agm(2026)), Seat("woman", date(2020, 1, 1))]


JUNK = [None, "", "abc", 1.5, -1, True, [1, 2], {}, datetime(2026, 4, 23, 9, 0), b"x", 10**100]


@given(argument=st.sampled_from(["seats", "start", "end", "meetings"]), junk=st.sampled_from(JUNK))
def test_vacancies_take_only_their_own_errors(argument, junk):
    """
    Junk in any argument of vacancies raises InvalidArgument: one property drawing the argument
    and the junk of ``JUNK``.
    """
    arguments = {"seats": SEATS, "start": agm(2026), "end": agm(2027), "meetings": AGMS}
    with pytest.raises(InvalidArgument):
        succession.vacancies(**{**arguments, argument: junk})


def test_vacancies_refuse_end_before_start():
    """The period must not end before it starts."""
    with pytest.raises(InvalidDate) as caught:
        succession.vacancies(SEATS, agm(2027), agm(2026))
    assert ("end", agm(2026)) == (caught.value.field, caught.value.value)
