"""
The seats of a board over time (*zetels en vacatures*): which seats fall vacant at which
general meeting, and whether their holders can still be reappointed inside the quota's window.

The input checks and the vacancies of :mod:`ingroeiquotum.succession` (art. 2:142b BW); the
names here are reachable there.
"""

from __future__ import annotations

__all__ = ["MAX_SIZE", "Vacancy", "vacancies", "yearly_meetings"]

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidCount,
    InvalidDate,
)
from ingroeiquotum.law.bw2 import quota
from ingroeiquotum.law.parameters import at as _at
from ingroeiquotum.law.parameters import in_force as _in_force
from ingroeiquotum.model.composition import Seat
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ

MAX_SIZE = 50
"""The most seats a plan handles (sitting members or ``size``); no supervisory board comes near."""


_DAY = timedelta(days=1)


def _subject(value: object) -> str:
    """``value`` as the organ key the quota reaches: 'rvc' or 'non_executive'."""
    try:
        organ = Organ.parse(value)
    except InvalidArgument:
        organ = None
    if organ is None or not quota.reaches(organ):
        raise InvalidArgument(
            "subject", value, "must be 'rvc' or 'non_executive' (the organs the quota reaches)"
        )
    return str(organ)


def _seats(value: object) -> tuple[Seat, ...]:
    seats = _validate.sequence("seats", value)
    for index, seat in enumerate(seats):
        if not isinstance(seat, Seat):
            raise InvalidArgument(f"seats[{index}]", seat, "must be a Seat")
    return seats


def _meetings(value: object, *, required: bool) -> tuple[date, ...]:
    meetings = _validate.sequence("meetings", value)
    if required and not meetings:
        raise InvalidArgument("meetings", value, "needs at least one meeting date")
    meetings = tuple(
        _validate.day(f"meetings[{index}]", meeting) for index, meeting in enumerate(meetings)
    )
    for index, meeting in enumerate(meetings):
        if index and meeting <= meetings[index - 1]:
            raise InvalidDate(
                f"meetings[{index}]",
                meeting,
                f"must come after meetings[{index - 1}] ({meetings[index - 1]})",
            )
    if meetings and meetings[0] == date.min:
        raise InvalidDate("meetings[0]", meetings[0], "must be a later date")
    return meetings


def _size(value: object, default: int) -> int:
    if value is None:
        return default
    size = _validate.count("size", value)
    if size > MAX_SIZE:
        raise InvalidCount("size", value, f"must be at most {MAX_SIZE} seats")
    return size


def _sitting(seats: tuple[Seat, ...], eve: date) -> tuple[Seat, ...]:
    """The seats held on ``eve``; a seat that starts later is refused."""
    for index, seat in enumerate(seats):
        if seat.start > eve:
            raise InvalidDate(
                f"seats[{index}].start",
                seat.start,
                f"must not be after the eve of the first meeting ({eve}): a plan starts from "
                "the sitting board",
            )
    return tuple(seat for seat in seats if seat.holds_on(eve))


@attrs.frozen
class Vacancy:
    """
    A seat that falls vacant (*vacature*): the seat, and the meeting that fills it.

    ``meeting`` is the general meeting at which the seat is filled (the first meeting on or
    after the seat's last day), where known. Whether the holder can be reappointed inside the
    window of art. 2:142b lid 2 BW (*herbenoeming binnen acht jaar na het jaar van benoeming*)
    is judged at that meeting, or without one on the first day the seat is vacant.

    >>> vacancy = Vacancy(
    ...     Seat("man", date(2022, 4, 23), date(2026, 4, 23), first_appointed=date(2018, 4, 23)),
    ...     meeting=date(2026, 4, 23),
    ... )
    >>> vacancy.on, vacancy.first_year, vacancy.window_until, vacancy.in_window
    (datetime.date(2026, 4, 24), 2018, 2026, True)

    .. versionadded:: 0.1.0
    """

    seat: Seat
    meeting: date | None = attrs.field(default=None, validator=_validate.attrs_optional_day)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.seat, Seat):
            raise InvalidArgument("seat", self.seat, "must be a Seat")
        if self.seat.end is None:
            raise InvalidDate("seat.end", None, "a seat without an end never falls vacant")
        if self.seat.end == date.max:
            raise InvalidDate("seat.end", self.seat.end, "must be a day before date.max")
        if self.meeting is not None and self.meeting < self.seat.end:
            raise InvalidDate(
                "meeting", self.meeting, f"must not be before the seat's last day ({self.seat.end})"
            )

    @property
    def last_day(self) -> date:
        """The holder's last day in office (the seat's ``end``)."""
        assert self.seat.end is not None
        return self.seat.end

    @property
    def on(self) -> date:
        """The first day the seat is vacant: the day after the last day in office."""
        return self.last_day + _DAY

    @property
    def gender(self) -> Gender:
        """The gender of the member who leaves."""
        return self.seat.gender

    @property
    def first_appointed(self) -> date:
        """The date of the holder's first appointment: ``first_appointed``, else ``start``."""
        return self.seat.first_appointed or self.seat.start

    @property
    def first_year(self) -> int:
        """The year of the holder's first appointment, from which the window counts."""
        return self.first_appointed.year

    @property
    def reappointment_on(self) -> date:
        """The date a reappointment would take effect: the meeting, else :attr:`on`."""
        return self.meeting if self.meeting is not None else self.on

    @property
    def window_until(self) -> int | None:
        """
        The last year in which a reappointment falls inside the window: the year of first
        appointment plus ``quota.reappointment_window_years`` (8). ``None`` where the quota
        does not reach :attr:`reappointment_on` (before 2022, or from 2030): then no
        appointment is void and the window does not matter.
        """
        key = "quota.reappointment_window_years"
        if not _in_force(key, self.reappointment_on).in_force:
            return None
        return self.first_year + int(_at(key, self.reappointment_on))

    @property
    def in_window(self) -> bool | None:
        """
        Whether a reappointment on :attr:`reappointment_on` falls inside the window; ``None``
        where the quota does not reach that date.
        """
        until = self.window_until
        return None if until is None else self.reappointment_on.year <= until


def _next_meeting(meetings: Sequence[date], last_day: date) -> date | None:
    return next((meeting for meeting in meetings if meeting >= last_day), None)


def vacancies(
    seats: Iterable[Seat], start: date, end: date, *, meetings: Iterable[date] = ()
) -> tuple[Vacancy, ...]:
    """
    The seats that fall vacant from ``start`` to ``end`` (both included), in date order.

    A seat falls vacant on the day after its last day in office. With ``meetings`` (the dates
    of the coming general meetings, in order), each vacancy names the meeting that fills it,
    the first on or after the seat's last day, and its reappointment window is judged then.

    >>> seats = [
    ...     Seat("man", date(2022, 4, 23), date(2026, 4, 23), first_appointed=date(2018, 4, 23)),
    ...     Seat("woman", date(2024, 4, 23), date(2028, 4, 23)),
    ...     Seat("man", date(2025, 4, 23)),
    ... ]
    >>> for vacancy in vacancies(seats, date(2026, 1, 1), date(2029, 12, 31),
    ...                          meetings=yearly_meetings(4, 23, 2026, 2029)):
    ...     print(vacancy.on, vacancy.gender.value, vacancy.meeting, vacancy.window_until,
    ...           vacancy.in_window)
    2026-04-24 man 2026-04-23 2026 True
    2028-04-24 woman 2028-04-23 2032 True

    Raises:
        InvalidArgument: for a seat that is not a :class:`Seat`.
        InvalidDate: for a date that is not a date, ``end`` before ``start``, or meetings that
            are not in order.

    """
    checked = _seats(seats)
    start = _validate.day("start", start)
    end = _validate.day("end", end)
    if end < start:
        raise InvalidDate("end", end, f"must not be before start ({start})")
    dates = _meetings(meetings, required=False)
    found = [
        (seat.end, index, seat)
        for index, seat in enumerate(checked)
        if seat.end is not None and seat.end < date.max and start <= seat.end + _DAY <= end
    ]
    return tuple(
        Vacancy(seat, _next_meeting(dates, last_day)) for last_day, _, seat in sorted(found)
    )


def yearly_meetings(month: int, day: int, first_year: int, last_year: int) -> tuple[date, ...]:
    """
    A general meeting on the same day every year, from ``first_year`` to ``last_year``.

    >>> yearly_meetings(4, 23, 2026, 2028)
    (datetime.date(2026, 4, 23), datetime.date(2027, 4, 23), datetime.date(2028, 4, 23))

    Raises:
        InvalidArgument: for a month, day or year that is not a whole number, or years out of
            order.
        InvalidDate: for a day that does not exist in one of the years (29 February).

    """
    for field, value, low, high in (
        ("month", month, 1, 12),
        ("day", day, 1, 31),
        ("first_year", first_year, date.min.year, date.max.year),
        ("last_year", last_year, date.min.year, date.max.year),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidArgument(field, value, f"must be a whole number from {low} to {high}")
    if last_year < first_year:
        raise InvalidArgument(
            "last_year", last_year, f"must not be before first_year ({first_year})"
        )
    result = []
    for year in range(first_year, last_year + 1):
        try:
            result.append(date(year, month, day))
        except ValueError:
            raise InvalidDate("day", day, f"is not a day of month {month} in {year}") from None
    return tuple(result)
