"""
The composition of an organ on a date (*samenstelling*): how many men, women, people
registered as neither sex, and people whose sex is not recorded.

>>> board = Composition(men=4, women=2)
>>> board.members
6
>>> board.share(Gender.WOMAN)
Fraction(1, 3)

A composition can be derived from seats with their start and end dates; no names are needed:

>>> from datetime import date
>>> seats = [
...     Seat(Gender.MAN, date(2019, 5, 1)),
...     Seat(Gender.WOMAN, date(2020, 5, 1), end=date(2023, 4, 30)),
...     Seat(Gender.WOMAN, date(2023, 5, 1)),
... ]
>>> Composition.from_seats(seats, on=date(2023, 4, 30))
Composition(men=1, women=1, other=0, unknown=0)
"""

from __future__ import annotations

__all__ = ["Composition", "Seat"]

from collections.abc import Iterable
from datetime import date
from fractions import Fraction
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, InvalidCount, InvalidDate
from ingroeiquotum.model.gender import Gender, GenderLabel


def _gender(value: Gender | GenderLabel) -> Gender:
    return Gender.parse(value)


def _start(value: date) -> date:
    return _validate.day("start", value)


def _end(value: date | None) -> date | None:
    return _validate.optional_day("end", value)


def _first_appointed(value: date | None) -> date | None:
    return _validate.optional_day("first_appointed", value)


def _men(value: int) -> int:
    return _validate.count("men", value)


def _women(value: int) -> int:
    return _validate.count("women", value)


def _other(value: int) -> int:
    return _validate.count("other", value)


def _unknown(value: int) -> int:
    return _validate.count("unknown", value)


@attrs.frozen
class Seat:
    """
    One person's seat in an organ: their gender and the days they hold it.

    ``gender`` is a :class:`~ingroeiquotum.model.gender.Gender` or one of its labels (``"woman"``,
    ``"V"``, ``"female"``: :data:`~ingroeiquotum.model.gender.LABELS`), read by
    :meth:`~ingroeiquotum.model.gender.Gender.parse`.

    ``end`` is the last day in office (inclusive); ``None`` means still in office. A date may
    be a ``datetime.date``, or a ``datetime``, ``pandas.Timestamp`` or ``numpy.datetime64`` at
    midnight (read as its day).
    ``first_appointed`` is the date of the person's first appointment to this organ, where it
    differs from ``start`` (a reappointment), for the reappointment exception of the quota.
    ``promoted`` tells whether the person came from within the company (a promotion) rather
    than from outside; ``None`` where it is not recorded.

    .. versionadded:: 0.1.0
    """

    gender: Gender = attrs.field(converter=_gender)
    start: date = attrs.field(converter=_start)
    end: date | None = attrs.field(default=None, converter=_end)
    first_appointed: date | None = attrs.field(default=None, converter=_first_appointed)
    promoted: bool | None = attrs.field(default=None)

    @promoted.validator
    def _check_promoted(self, attribute: Any, value: Any) -> None:
        if value is not None and not isinstance(value, bool):
            raise InvalidArgument("promoted", value, "must be True, False or None")

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise InvalidDate("end", self.end, f"must not be before start ({self.start})")
        if self.first_appointed is not None and self.first_appointed > self.start:
            raise InvalidDate(
                "first_appointed", self.first_appointed, f"must not be after start ({self.start})"
            )

    def holds_on(self, on: date) -> bool:
        """Whether the seat is held on ``on`` (start and end included)."""
        return self.start <= on and (self.end is None or on <= self.end)


@attrs.frozen
class Composition:
    """
    The number of members of an organ by gender.

    All counts are whole numbers from 0 to 10,000,000 (a composition may be a whole workforce;
    see :doc:`/reference/exceptions` for the limits); a ``bool`` is refused, an integral numpy
    scalar such as ``numpy.int64(3)`` is read as its int.

    .. versionadded:: 0.1.0
    """

    men: int = attrs.field(converter=_men)
    women: int = attrs.field(converter=_women)
    other: int = attrs.field(default=0, converter=_other)
    unknown: int = attrs.field(default=0, converter=_unknown)

    def __init__(self, men: int, women: int, other: int = 0, unknown: int = 0) -> None:
        # Four plain ints in range, the usual case, are stored as they are (what the converters
        # return for them); anything else goes through the checks attrs generates from the
        # fields (``__attrs_init__``), which give every refusal.
        if (
            type(men) is int
            and type(women) is int
            and type(other) is int
            and type(unknown) is int
            and 0 <= men <= _MAX
            and 0 <= women <= _MAX
            and 0 <= other <= _MAX
            and 0 <= unknown <= _MAX
        ):
            _set_men(self, men)
            _set_women(self, women)
            _set_other(self, other)
            _set_unknown(self, unknown)
        else:
            self.__attrs_init__(men, women, other, unknown)  # type: ignore[attr-defined]

    @classmethod
    def from_genders(cls, genders: Iterable[Gender | GenderLabel]) -> Composition:
        """
        Count a sequence of genders, one per member.

        >>> Composition.from_genders(["man", "woman", "woman", "other"])
        Composition(men=1, women=2, other=1, unknown=0)
        """
        counts = dict.fromkeys(Gender, 0)
        for index, value in enumerate(_validate.sequence("genders", genders)):
            counts[Gender.parse(value, f"genders[{index}]")] += 1
        return cls(
            men=counts[Gender.MAN],
            women=counts[Gender.WOMAN],
            other=counts[Gender.OTHER],
            unknown=counts[Gender.UNKNOWN],
        )

    @classmethod
    def from_seats(cls, seats: Iterable[Seat], on: date) -> Composition:
        """The composition formed by the seats held on ``on``."""
        on = _validate.day("on", on)
        checked = _validate.sequence("seats", seats)
        for index, seat in enumerate(checked):
            if not isinstance(seat, Seat):
                raise InvalidArgument(f"seats[{index}]", seat, "must be a Seat")
        return cls.from_genders(tuple(seat.gender for seat in checked if seat.holds_on(on)))

    @property
    def members(self) -> int:
        """The number of members: everyone holding a seat, whatever their gender."""
        return self.men + self.women + self.other + self.unknown

    def count(self, gender: Gender | GenderLabel) -> int:
        """The number of members of ``gender``."""
        parsed = Gender.parse(gender)
        return {
            Gender.MAN: self.men,
            Gender.WOMAN: self.women,
            Gender.OTHER: self.other,
            Gender.UNKNOWN: self.unknown,
        }[parsed]

    def share(self, gender: Gender | GenderLabel) -> Fraction | None:
        """
        The exact share of the members that are of ``gender``; ``None`` for an empty organ.

        >>> Composition(men=2, women=1).share("man")
        Fraction(2, 3)
        >>> Composition(men=0, women=0).share("woman") is None
        True
        """
        count = self.count(gender)
        if self.members == 0:
            return None
        return Fraction(count, self.members)

    def plus(self, gender: Gender | GenderLabel, number: int = 1) -> Composition:
        """
        The composition with ``number`` more members of ``gender``.

        >>> Composition(men=2, women=1).plus("woman")
        Composition(men=2, women=2, other=0, unknown=0)
        """
        parsed = Gender.parse(gender)
        number = _validate.count("number", number)
        return attrs.evolve(self, **{_FIELD[parsed]: self.count(parsed) + number})

    def minus(self, gender: Gender | GenderLabel, number: int = 1) -> Composition:
        """
        The composition with ``number`` fewer members of ``gender``.

        Raises:
            InvalidCount: if there are fewer than ``number`` members of ``gender``.

        """
        parsed = Gender.parse(gender)
        number = _validate.count("number", number)
        left = self.count(parsed) - number
        if left < 0:
            raise InvalidCount(
                "number", number, f"is more than the {self.count(parsed)} {parsed.value} members"
            )
        return attrs.evolve(self, **{_FIELD[parsed]: left})

    def as_dict(self) -> dict[str, int]:
        """The counts as a plain dict."""
        return {"men": self.men, "women": self.women, "other": self.other, "unknown": self.unknown}


_MAX = _validate.MAX_PEOPLE
_set_men, _set_women, _set_other, _set_unknown = _validate.slot_setters(
    Composition, "men", "women", "other", "unknown"
)

_FIELD = {
    Gender.MAN: "men",
    Gender.WOMAN: "women",
    Gender.OTHER: "other",
    Gender.UNKNOWN: "unknown",
}
