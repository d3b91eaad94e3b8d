"""
Succession planning under the quota (*opvolgingsplanning*), art. 2:142b BW.

From the seats of a raad van commissarissen (or of the non-executive directors of a one-tier
board) with their terms: which seats fall vacant when, whether their holders can still be
reappointed inside the law's window, and, for each coming general meeting, which appointments
would be valid and which void (*nietig*) in the order they are voted on; and the earliest
meeting at which the board can be balanced, with the appointments it takes.

Every verdict on an appointment comes from :func:`ingroeiquotum.law.bw2.quota.judge_appointment`; this
module only decides which appointments to ask about, and in which order. The conventions it
adds (see ``docs/succession.md``):

* A seat's ``end`` is the member's last day in office: the seat is vacant from the next day.
  A term whose last day is on or before a meeting's date ends *before* that meeting's
  appointments (the rule book's Decision that departures taking effect before an appointment
  come first), so a term running "until the general meeting of 2026" ends on that meeting's
  date and its seat is filled there.
* The plan starts from the *sitting board*: the seats held on the eve of the first meeting.
  Seats that ended earlier are past terms; a seat already vacant then counts only through
  ``size``. Seats that start later are refused.
* Appointments made by the plan (and reappointments) last beyond the last meeting given; only
  the terms of the sitting board end. Nobody is dismissed.

A board of five men and one woman, where the terms of two men end at the 2026 meeting:

>>> from datetime import date
>>> from ingroeiquotum.composition import Seat
>>> seats = [
...     Seat("man", date(2022, 4, 23), date(2026, 4, 23), first_appointed=date(2018, 4, 23)),
...     Seat("man", date(2022, 4, 23), date(2026, 4, 23)),
...     Seat("man", date(2023, 4, 23), date(2027, 4, 23)),
...     Seat("man", date(2024, 4, 23), date(2028, 4, 23)),
...     Seat("man", date(2025, 4, 23), date(2029, 4, 23)),
...     Seat("woman", date(2024, 4, 23), date(2028, 4, 23)),
... ]
>>> meeting = plan(seats, [date(2026, 4, 23)]).meetings[0]
>>> meeting.before, meeting.to_fill
(Composition(men=3, women=1, other=0, unknown=0), 2)
>>> [(option.kind.value, option.void) for option in meeting.votes[0].options]
[('appoint_woman', False), ('appoint_man', True), ('reappoint', False), ('reappoint', False)]
>>> [vote.choice.kind.value for vote in meeting.votes]
['appoint_woman', 'reappoint']
>>> balance = earliest_balance(seats, yearly_meetings(4, 23, 2026, 2029))
>>> balance.meeting, balance.needed_women, balance.needed_men
(datetime.date(2026, 4, 23), 1, 0)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "MAX_SIZE",
    "RULE_VERSION",
    "BalancePlan",
    "MeetingPlan",
    "Option",
    "OptionKind",
    "SuccessionPlan",
    "Vacancy",
    "Vote",
    "earliest_balance",
    "plan",
    "read_seats_rows",
    "vacancies",
    "yearly_meetings",
]

import enum
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidCount,
    InvalidDate,
    LoadError,
    RowError,
)
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2 import quota
from ingroeiquotum.law.citations import Citation
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import at as _at
from ingroeiquotum.law.parameters import in_force as _in_force
from ingroeiquotum.model.composition import Composition, Seat
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ

_EARLIEST_BALANCE = rules.get("succession.earliest_balance")

RULE_VERSION = _EARLIEST_BALANCE.version
"""The version of this module's planning conventions (the verdicts are :mod:`quota`'s)."""

MAX_SIZE = 50
"""The most seats a plan handles (sitting members or ``size``); no supervisory board comes near."""

_DAY = timedelta(days=1)
_VALID = (Verdict.COMPLIANT, Verdict.NOT_APPLICABLE)


# -- input checks ---------------------------------------------------------------------------


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
    for index, meeting in enumerate(meetings):
        _validate.day(f"meetings[{index}]", meeting)
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


# -- vacancies --------------------------------------------------------------------------------


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
    _validate.day("start", start)
    _validate.day("end", end)
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


# -- judging the options at one meeting -------------------------------------------------------


class OptionKind(enum.Enum):
    """
    What a vote at a general meeting could do with a vacant seat.

    .. versionadded:: 0.1.0
    """

    APPOINT_WOMAN = "appoint_woman"
    """Appoint a woman who is new to the board (*benoeming van een vrouw*)."""
    APPOINT_MAN = "appoint_man"
    """Appoint a man who is new to the board (*benoeming van een man*)."""
    REAPPOINT = "reappoint"
    """Reappoint a member whose term ends at this meeting (*herbenoeming*)."""


@attrs.frozen
class Option:
    """
    One possible appointment, judged by :func:`ingroeiquotum.law.bw2.quota.judge_appointment`.

    ``finding`` is the quota's finding, dated on the meeting, with the position of the vote
    in its facts; ``vacancy`` is the seat of the member to reappoint (``REAPPOINT`` only).

    .. versionadded:: 0.1.0
    """

    kind: OptionKind
    gender: Gender
    finding: Finding
    vacancy: Vacancy | None = None

    @property
    def on(self) -> date:
        """The date of the meeting."""
        return self.finding.on

    @property
    def void(self) -> bool:
        """Whether the appointment would be void (*nietig*)."""
        return self.finding.verdict is Verdict.NOT_COMPLIANT

    @property
    def valid(self) -> bool:
        """Whether the appointment would be valid: not void, and not left undecided."""
        return self.finding.verdict in _VALID


@attrs.frozen
class Vote:
    """
    One vote at a general meeting, filling one vacant seat: the board just before it, every
    option judged against that board in voting order, and the option recommended.

    .. versionadded:: 0.1.0
    """

    position: int
    before: Composition
    options: tuple[Option, ...]
    choice: Option

    @property
    def after(self) -> Composition:
        """The board after the recommended appointment (unchanged if it were void)."""
        return self.before if self.choice.void else self.before.plus(self.choice.gender)


@attrs.frozen
class MeetingPlan:
    """
    One general meeting of a :class:`SuccessionPlan`.

    ``departures`` are the terms that end at or before this meeting (since the previous one);
    ``before`` is the board once they have left; ``to_fill`` the seats to fill to keep the
    board at the plan's size; ``votes`` one per seat, in order; ``after`` the board once the
    recommended appointments are made. ``balance_before`` and ``balance_after`` are the
    quota's findings (:func:`ingroeiquotum.law.bw2.quota.check_balance`) on those boards.

    .. versionadded:: 0.1.0
    """

    on: date
    departures: tuple[Vacancy, ...]
    before: Composition
    to_fill: int
    votes: tuple[Vote, ...]
    after: Composition
    balance_before: Finding
    balance_after: Finding

    @property
    def recommended(self) -> tuple[Option, ...]:
        """The recommended appointments, in the order to vote on them."""
        return tuple(vote.choice for vote in self.votes)

    @property
    def balanced(self) -> bool:
        """Whether the board meets the quota after the recommended appointments."""
        return _balanced(self.after)


@attrs.frozen
class SuccessionPlan:
    """
    A meeting-by-meeting plan for filling the seats of a board.

    ``sitting`` is the board on the eve of the first meeting; ``size`` the number of seats the
    plan keeps filled; ``subject`` the organ ('rvc' or 'non_executive').

    .. versionadded:: 0.1.0
    """

    subject: str
    size: int
    sitting: Composition
    meetings: tuple[MeetingPlan, ...]

    @property
    def recommended(self) -> tuple[Option, ...]:
        """Every recommended appointment, meeting by meeting."""
        return tuple(option for meeting in self.meetings for option in meeting.recommended)

    @property
    def first_balanced(self) -> MeetingPlan | None:
        """The first meeting after which the planned board meets the quota, if any."""
        return next((meeting for meeting in self.meetings if meeting.balanced), None)


def _balanced(board: Composition) -> bool:
    """Balanced whatever the sexes of members of unknown sex (counted as neither)."""
    return quota.is_balanced(board.men, board.women, board.other + board.unknown)


def _judge(
    board: Composition,
    kind: OptionKind,
    gender: Gender,
    on: date,
    subject: str,
    position: int,
    vacancy: Vacancy | None = None,
) -> Option:
    appointment = quota.Appointment(
        gender,
        reappointment=vacancy is not None,
        first_appointed=None if vacancy is None else vacancy.first_appointed,
    )
    finding = quota.judge_appointment(board, appointment, on, subject=Organ.parse(subject))
    finding = attrs.evolve(
        finding,
        readings=(*finding.readings, readings.MEETING_ORDER),
        facts={**finding.facts, "position": position},
    )
    return Option(kind, gender, finding, vacancy)


def _options(
    board: Composition, on: date, subject: str, position: int, leaving: Sequence[Vacancy]
) -> tuple[Option, ...]:
    """The options of one vote in voting order: a woman, a man, each leaving member."""
    return (
        _judge(board, OptionKind.APPOINT_WOMAN, Gender.WOMAN, on, subject, position),
        _judge(board, OptionKind.APPOINT_MAN, Gender.MAN, on, subject, position),
        *(
            _judge(board, OptionKind.REAPPOINT, vacancy.gender, on, subject, position, vacancy)
            for vacancy in leaving
        ),
    )


def _rank(board: Composition, option: Option, order: int, hope: bool) -> tuple[int, ...]:
    """
    How good an option is, lower first: valid before undecided before void; then one that
    keeps the target balance reachable (``hope``); then a board that meets the quota after
    it, else the smallest shortfall after it; then reappointing a leaving member
    (continuity); then the nearest to as many women as men; then voting order.
    """
    verdict = option.finding.verdict
    legal = 0 if verdict in _VALID else 1 if verdict is Verdict.CANNOT_DECIDE else 2
    after = board.plus(option.gender)
    men_missing, women_missing = quota.shortfall(after)
    return (
        legal,
        0 if hope else 1,
        0 if _balanced(after) else 1,
        men_missing + women_missing,
        0 if option.kind is OptionKind.REAPPOINT else 1,
        abs(after.men - after.women),
        order,
    )


def _schedule(sitting: Sequence[Seat], dates: Sequence[date]) -> tuple[tuple[Vacancy, ...], ...]:
    """
    For each meeting, the sitting seats whose terms end on or before its date (and after the
    previous meeting's), in the order of their last days.
    """
    result = []
    previous: date | None = None
    for on in dates:
        leaving = sorted(
            (seat.end, index)
            for index, seat in enumerate(sitting)
            if seat.end is not None and seat.end <= on and (previous is None or seat.end > previous)
        )
        result.append(tuple(Vacancy(sitting[index], on) for _, index in leaving))
        previous = on
    return tuple(result)


def _without(board: Composition, departures: Iterable[Vacancy]) -> Composition:
    for vacancy in departures:
        board = board.minus(vacancy.gender)
    return board


def _prepare(
    seats: object, meetings: object, size: object, subject: object
) -> tuple[_Search, Composition]:
    organ = _subject(subject)
    checked = _seats(seats)
    dates = _meetings(meetings, required=True)
    sitting = _sitting(checked, dates[0] - _DAY)
    if len(sitting) > MAX_SIZE:
        raise InvalidCount(
            "seats", len(sitting), f"the sitting board may have at most {MAX_SIZE} members"
        )
    search = _Search(organ, _size(size, len(sitting)), dates, _schedule(sitting, dates))
    return search, Composition.from_genders(seat.gender for seat in sitting)


# -- the search over valid appointments --------------------------------------------------------


@attrs.frozen
class _Step:
    """One appointment on a path through the meetings (before judging it for the record)."""

    on: date
    before: Composition
    kind: OptionKind
    gender: Gender
    vacancy: Vacancy | None


_Path = tuple[_Step, ...]
_Cost = tuple[int, int]
"""How much a path leans on the reappointment exception, then how many new members it takes."""
_Counters = tuple[int, int, int, int]
"""How many leaving women inside and outside the window, and men, have been reappointed."""
_Found = dict[Composition, tuple[_Cost, _Path]]
_SLOTS = ((Gender.WOMAN, True), (Gender.WOMAN, False), (Gender.MAN, True), (Gender.MAN, False))
_NONE_USED: _Counters = (0, 0, 0, 0)


def _used(used: _Counters, vacancy: Vacancy | None) -> _Counters:
    """The counters after reappointing the member of ``vacancy`` (if a man or a woman)."""
    if vacancy is None or not vacancy.gender.is_sex:
        return used
    slot = _SLOTS.index((vacancy.gender, bool(vacancy.in_window)))
    a, b, c, d = (count + (index == slot) for index, count in enumerate(used))
    return (a, b, c, d)


def _keep(found: _Found, board: Composition, value: tuple[_Cost, _Path]) -> None:
    """Record ``value`` as the path to ``board`` unless a cheaper one is known."""
    if board not in found or value[0] < found[board][0]:
        found[board] = value


class _Search:
    """
    Every board that valid appointments can reach, meeting by meeting, with the best path to
    each. The moves at a vote are: appoint a woman, appoint a man, reappoint a leaving woman
    or man (inside or outside the window: inside it, a reappointment may be valid where a new
    appointment of that sex is void). The members leaving at one meeting who are of the same
    sex and on the same side of their window are interchangeable, so only how many of them
    have been reappointed is tracked. Reappointing a leaving member registered as neither sex,
    or of unknown sex, is not tried: it never helps to balance the board. Of the paths to one
    board, the best leans least on the reappointment exception, then takes the fewest new
    members, then comes first in voting order.
    """

    def __init__(
        self,
        subject: str,
        size: int,
        dates: tuple[date, ...],
        schedule: tuple[tuple[Vacancy, ...], ...],
    ) -> None:
        self.subject = subject
        self.size = size
        self.dates = dates
        self.schedule = schedule
        self._pools = [
            {
                (gender, inside): [
                    v for v in departures if v.gender is gender and bool(v.in_window) is inside
                ]
                for gender, inside in _SLOTS
            }
            for departures in schedule
        ]
        self._findings: dict[tuple[Composition, Gender, bool | None, date], Finding] = {}
        self._hopes: dict[tuple[int, Composition, _Counters, int, int], bool] = {}

    def judged(
        self,
        board: Composition,
        kind: OptionKind,
        gender: Gender,
        vacancy: Vacancy | None,
        on: date,
    ) -> Finding:
        """The quota's finding on one move (the same for interchangeable members)."""
        key = (board, gender, None if vacancy is None else bool(vacancy.in_window), on)
        if key not in self._findings:
            option = _judge(board, kind, gender, on, self.subject, 0, vacancy)
            self._findings[key] = option.finding
        return self._findings[key]

    def fill(
        self,
        index: int,
        board: Composition,
        used: _Counters,
        votes: int,
        start: tuple[_Cost, _Path],
    ) -> _Found:
        """The boards ``votes`` valid appointments reach at meeting ``index`` from ``board``."""
        on = self.dates[index]
        pools = self._pools[index]
        frontier: dict[tuple[Composition, _Counters], tuple[_Cost, _Path]] = {(board, used): start}
        for _ in range(votes):
            following: dict[tuple[Composition, _Counters], tuple[_Cost, _Path]] = {}
            for (current, counters), (spent, trail) in frontier.items():
                moves: list[tuple[OptionKind, Gender, Vacancy | None]] = [
                    (OptionKind.APPOINT_WOMAN, Gender.WOMAN, None),
                    (OptionKind.APPOINT_MAN, Gender.MAN, None),
                ]
                for slot, (gender, inside) in enumerate(_SLOTS):
                    if counters[slot] < len(pools[gender, inside]):
                        member = pools[gender, inside][counters[slot]]
                        moves.append((OptionKind.REAPPOINT, gender, member))
                for kind, gender, vacancy in moves:
                    finding = self.judged(current, kind, gender, vacancy, on)
                    if finding.verdict not in _VALID:
                        continue
                    exception = finding.message == "quota.appointment_valid_reappointment"
                    cost = (spent[0] + exception, spent[1] + (vacancy is None))
                    key = (current.plus(gender), _used(counters, vacancy))
                    if key not in following or cost < following[key][0]:
                        step = _Step(on, current, kind, gender, vacancy)
                        following[key] = (cost, (*trail, step))
            frontier = following
        result: _Found = {}
        for (current, _), value in frontier.items():
            _keep(result, current, value)
        return result

    def meeting(self, index: int, states: Mapping[Composition, tuple[_Cost, _Path]]) -> _Found:
        """The boards reachable after meeting ``index`` from the boards after the one before."""
        result: _Found = {}
        for board, start in states.items():
            before = _without(board, self.schedule[index])
            votes = max(0, self.size - before.members)
            for current, value in self.fill(index, before, _NONE_USED, votes, start).items():
                _keep(result, current, value)
        return result

    def earliest(self, start: Composition) -> tuple[int, _Found] | None:
        """The first meeting after which a balanced board is reachable, and the boards then."""
        states: _Found = {start: ((0, 0), ())}
        for index in range(len(self.dates)):
            states = self.meeting(index, states)
            if any(_balanced(board) for board in states):
                return index, states
        return None

    def can_balance(
        self, index: int, board: Composition, used: _Counters, votes: int, target: int
    ) -> bool:
        """
        Whether from ``board``, with ``votes`` left at meeting ``index``, a balanced board is
        reachable after meeting ``target``.
        """
        key = (index, board, used, votes, target)
        if key not in self._hopes:
            states = self.fill(index, board, used, votes, ((0, 0), ()))
            for later in range(index + 1, target + 1):
                states = self.meeting(later, states)
            self._hopes[key] = any(_balanced(current) for current in states)
        return self._hopes[key]


def plan(
    seats: Iterable[Seat],
    meetings: Iterable[date],
    *,
    size: int | None = None,
    subject: str = "rvc",
) -> SuccessionPlan:
    """
    A plan for the coming general meetings: at each, who leaves, the seats to fill, every
    option judged in voting order, and a recommended sequence.

    ``meetings`` are the dates of the coming general meetings, in order; ``size`` the number
    of seats to keep filled (default: the members of the sitting board, held on the eve of the
    first meeting); ``subject`` is 'rvc' or 'non_executive'. At each meeting the terms ending
    on or before its date end first; then each seat to fill is one vote, whose options (a woman,
    a man, and reappointing each member leaving at this meeting who has not been reappointed
    yet) are judged against the board after the earlier votes.

    The recommended option is, in this order of preference: valid (not void, not undecided);
    keeping it possible to balance the board at the earliest meeting at which it can be (see
    :func:`earliest_balance`), and from then on at the end of each meeting; leaving the board
    balanced, or else nearest to it; a reappointment; nearest to as many women as men; first
    in voting order. Following the recommendations, no appointment is void; where the quota
    decides every one of them (members of unknown sex can leave one undecided), the board is
    first balanced at the meeting :func:`earliest_balance` names.

    Three men whose terms end at the 2027 meeting, and a woman who stays: once the men have
    left, appointing a woman first would be void, so the men are reappointed first.

    >>> seats = [Seat("man", date(2019, 5, 1), date(2027, 5, 20)) for _ in range(3)]
    >>> seats.append(Seat("woman", date(2021, 5, 1)))
    >>> meeting = plan(seats, [date(2027, 5, 20)]).meetings[0]
    >>> meeting.before, meeting.to_fill
    (Composition(men=0, women=1, other=0, unknown=0), 3)
    >>> [(option.kind.value, option.void) for option in meeting.votes[0].options[:2]]
    [('appoint_woman', True), ('appoint_man', False)]
    >>> [vote.choice.kind.value for vote in meeting.votes], meeting.after
    (['reappoint', 'reappoint', 'appoint_woman'], Composition(men=2, women=2, other=0, unknown=0))

    Raises:
        InvalidArgument: for seats that are not :class:`~ingroeiquotum.model.composition.Seat`
            objects, no meetings, a bad ``size`` or ``subject``.
        InvalidDate: for meetings out of order, or a seat starting after the eve of the first
            meeting.

    """
    search, start = _prepare(seats, meetings, size, subject)
    found = search.earliest(start)
    target = None if found is None else found[0]
    board = start
    result = []
    for index, on in enumerate(search.dates):
        departures = search.schedule[index]
        before = _without(board, departures)
        to_fill = max(0, search.size - before.members)
        goal = None if target is None else max(target, index)
        leaving = list(departures)
        used = _NONE_USED
        current = before
        votes = []
        for position in range(1, to_fill + 1):
            options = _options(current, on, search.subject, position, leaving)
            ranks = [
                _rank(
                    current,
                    option,
                    order,
                    goal is not None
                    and option.valid
                    and search.can_balance(
                        index,
                        current.plus(option.gender),
                        _used(used, option.vacancy),
                        to_fill - position,
                        goal,
                    ),
                )
                for order, option in enumerate(options)
            ]
            vote = Vote(position, current, options, options[ranks.index(min(ranks))])
            votes.append(vote)
            if vote.choice.vacancy is not None:
                leaving.remove(vote.choice.vacancy)
                used = _used(used, vote.choice.vacancy)
            current = vote.after
        result.append(
            MeetingPlan(
                on=on,
                departures=departures,
                before=before,
                to_fill=to_fill,
                votes=tuple(votes),
                after=current,
                balance_before=quota.check_balance(before, on, subject=Organ.parse(search.subject)),
                balance_after=quota.check_balance(current, on, subject=Organ.parse(search.subject)),
            )
        )
        board = current
    return SuccessionPlan(search.subject, search.size, start, tuple(result))


# -- the earliest balance ---------------------------------------------------------------------


@attrs.frozen
class BalancePlan:
    """
    The earliest meeting at which the board can meet the quota, and how.

    ``appointments`` are valid appointments, meeting by meeting in voting order, that fill
    every seat up to that meeting and leave the board balanced: among the ways to do so, the
    one with the fewest appointments of the sex that has fewer seats on the sitting board (with
    as many of each: the one nearest to as many women as men, then the one with more women).
    ``needed_women`` and ``needed_men`` are the fewest women, and the fewest men, that any
    valid way of balancing the board by that meeting appoints. ``sitting`` is the board on the
    eve of the first meeting, ``after`` the board after ``meeting``; ``finding`` says it in
    words.

    .. versionadded:: 0.1.0
    """

    meeting: date
    appointments: tuple[Option, ...]
    needed_women: int
    needed_men: int
    sitting: Composition
    after: Composition
    finding: Finding

    @property
    def women(self) -> int:
        """The women among :attr:`appointments` (reappointments included)."""
        return sum(option.gender is Gender.WOMAN for option in self.appointments)

    @property
    def men(self) -> int:
        """The men among :attr:`appointments` (reappointments included)."""
        return sum(option.gender is Gender.MAN for option in self.appointments)


def _record(path: _Path, subject: str) -> tuple[Option, ...]:
    """The path's appointments judged for the record, with their positions at each meeting."""
    options = []
    position = 0
    for index, step in enumerate(path):
        position = position + 1 if index and path[index - 1].on == step.on else 1
        options.append(
            _judge(step.before, step.kind, step.gender, step.on, subject, position, step.vacancy)
        )
    return tuple(options)


def _cite(subject: str) -> tuple[Citation, ...]:
    return quota._cite(Organ.parse(subject))


def _balance_finding(
    on: date,
    subject: str,
    after: Composition,
    appointed: tuple[Option, ...],
    needed: tuple[int, int],
    message: str = "succession.balance_reachable",
) -> Finding:
    facts: dict[str, Any] = {
        "meeting": on,
        **after.as_dict(),
        "members": after.members,
        "minimum_per_sex": quota.minimum_per_sex(after.members),
        "appointed_women": sum(option.gender is Gender.WOMAN for option in appointed),
        "appointed_men": sum(option.gender is Gender.MAN for option in appointed),
        "needed_women": needed[0],
        "needed_men": needed[1],
    }
    applied: list[Reading] = [readings.MEETING_ORDER, readings.MEMBERS_BEFORE]
    if after.other:
        applied.append(readings.OTHER_IS_NEITHER_SEX)
    status = _in_force("quota.minimum_share", on)
    if not status.in_force:
        return _EARLIEST_BALANCE.not_in_force(
            status, f"quota.{status.state}", facts=facts, citations=_cite(subject), subject=subject
        )
    return _EARLIEST_BALANCE.finding(
        Verdict.COMPLIANT,
        on,
        message,
        facts=facts,
        citations=_cite(subject),
        readings=applied,
        subject=subject,
    )


def earliest_balance(
    seats: Iterable[Seat],
    meetings: Iterable[date],
    *,
    size: int | None = None,
    subject: str = "rvc",
) -> BalancePlan | None:
    """
    The earliest of ``meetings`` after which the board can meet the quota (at least one
    third men and one third women, :func:`ingroeiquotum.law.bw2.quota.is_balanced`), and the
    appointments it takes; ``None`` if it cannot by the last meeting.

    Only the seats that fall vacant by then are filled (nobody is dismissed), every seat up to
    ``size`` is filled at each meeting, and every appointment must be valid, judged in the
    order of voting after the departures (see :func:`plan` for the arguments). Members of
    unknown sex count as neither sex, so the board is balanced only if it is whatever their
    sex. The search tries every sequence of women, men and reappointments, so no earlier
    meeting could give a balanced board.

    >>> seats = [Seat("man", date(2020, 5, 1), date(2027 + year, 5, 20)) for year in range(3)]
    >>> seats.append(Seat("man", date(2021, 5, 1)))
    >>> balance = earliest_balance(seats, yearly_meetings(5, 20, 2027, 2030))
    >>> balance.meeting, balance.women, balance.men, balance.after
    (datetime.date(2028, 5, 20), 2, 0, Composition(men=2, women=2, other=0, unknown=0))

    Raises:
        InvalidArgument: as :func:`plan`.
        InvalidDate: as :func:`plan`.

    """
    search, start = _prepare(seats, meetings, size, subject)
    found = search.earliest(start)
    if found is None:
        return None
    index, states = found
    on = search.dates[index]
    gone = [vacancy.gender for departures in search.schedule[: index + 1] for vacancy in departures]
    kept_women = start.women - gone.count(Gender.WOMAN)
    kept_men = start.men - gone.count(Gender.MAN)
    balanced = [board for board in states if _balanced(board)]
    if start.women < start.men:
        best = min(balanced, key=lambda board: board.women)
    elif start.men < start.women:
        best = min(balanced, key=lambda board: board.men)
    else:
        best = min(balanced, key=lambda board: (abs(board.men - board.women), -board.women))
    needed = (
        min(board.women for board in balanced) - kept_women,
        min(board.men for board in balanced) - kept_men,
    )
    appointed = _record(states[best][1], search.subject)
    return BalancePlan(
        meeting=on,
        appointments=appointed,
        needed_women=needed[0],
        needed_men=needed[1],
        sitting=start,
        after=best,
        finding=_balance_finding(
            on,
            search.subject,
            best,
            appointed,
            needed,
            # a board that meets the quota already is not told it can meet it "at the earliest"
            "succession.balance_already"
            if index == 0 and _balanced(start)
            else "succession.balance_reachable",
        ),
    )


# -- rows (for the CLI's ``plan FILE``) ---------------------------------------------------------


def _given(value: object) -> object:
    """``value`` stripped if it is text, or ``None`` if it is missing or blank."""
    if isinstance(value, str):
        return value.strip() or None
    return value


_row_date = _validate.iso_date


def _row_gender(field: str, value: object) -> Gender:
    return Gender.from_label(value, field)


def _row_organ(field: str, value: object) -> str:
    try:
        return _subject(value)
    except InvalidArgument as error:
        raise InvalidArgument(field, value, error.reason) from None


def read_seats_rows(
    rows: Iterable[Mapping[str, object]], *, source: str = "<rows>", first_row: int = 1
) -> tuple[Seat, ...]:
    """
    The seats of one board from mapping rows with the columns ``organ``, ``gender``,
    ``start``, ``end`` and ``first_appointed`` (as in ``docs/examples/rvc-seats.csv``).

    ``gender`` and ``start`` are required. ``organ`` is 'rvc' (the default) or
    'non_executive', the same in every row. Dates are :class:`datetime.date` objects or
    ``YYYY-MM-DD`` text; a blank ``end`` means still in office, a blank ``first_appointed``
    that the term is the first. Other columns are ignored. Every bad row is reported at once,
    numbered from ``first_row`` (1: the first mapping; pass 2 for a CSV file read with its
    header on line 1); ``source`` names the input in the error.

    >>> read_seats_rows([{"organ": "rvc", "gender": "v", "start": "2024-04-23", "end": ""}])
    (Seat(gender=<Gender.WOMAN: 'woman'>, start=datetime.date(2024, 4, 23), end=None, first_appointed=None, promoted=None),)
    >>> read_seats_rows([{"gender": "man", "start": "2024-04-23", "end": "2020-01-01"},
    ...                  {"gender": "woman", "start": "23-04-2024"}])
    Traceback (most recent call last):
    ...
    ingroeiquotum.exceptions.LoadError: <rows>: 2 problems:
      row 1, end: must not be before start (2024-04-23), got '2020-01-01'
      row 2, start: must be a date as YYYY-MM-DD, got '23-04-2024'

    Raises:
        LoadError: listing every problem, each with its row number, field and value.
        InvalidArgument: if ``rows`` is not an iterable of rows, or ``source`` or
            ``first_row`` is bad.

    """
    items = _validate.sequence("rows", rows)
    _validate.text("source", source)
    if _validate.count("first_row", first_row) < 1:
        raise InvalidArgument("first_row", first_row, "must be a whole number of at least 1")
    problems: list[RowError] = []
    seats: list[Seat] = []
    organ: tuple[str, int] | None = None
    for index, row in enumerate(items):
        line = first_row + index
        if not isinstance(row, Mapping):
            problems.append(RowError(line, "row", row, "must be a mapping of column to value"))
            continue
        values: dict[str, Any] = {}
        found: list[RowError] = []
        for column, parse, required in (
            ("organ", _row_organ, False),
            ("gender", _row_gender, True),
            ("start", _row_date, True),
            ("end", _row_date, False),
            ("first_appointed", _row_date, False),
        ):
            raw = row.get(column)
            given = _given(raw)
            if given is None:
                if required:
                    found.append(RowError(line, column, raw, "is required"))
                values[column] = None
                continue
            try:
                values[column] = parse(column, given)
            except InvalidArgument as error:
                found.append(RowError(line, column, raw, error.reason))
        named = values.get("organ") or "rvc"
        if organ is None:
            organ = (named, line)
        elif named != organ[0] and not any(error.field == "organ" for error in found):
            found.append(
                RowError(
                    line,
                    "organ",
                    row.get("organ"),
                    f"must be the same organ in every row ({organ[0]!r} in row {organ[1]})",
                )
            )
        start, end, first = values.get("start"), values.get("end"), values.get("first_appointed")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            found.append(
                RowError(line, "end", row.get("end"), f"must not be before start ({start})")
            )
        if isinstance(start, date) and isinstance(first, date) and first > start:
            found.append(
                RowError(
                    line, "first_appointed", row.get("first_appointed"),
                    f"must not be after start ({start})",
                )
            )  # fmt: skip
        problems.extend(found)
        if not found:
            seats.append(Seat(values["gender"], values["start"], end, first_appointed=first))
    if problems:
        raise LoadError(source, problems)
    return tuple(seats)
