"""
The options at a general meeting and the search over valid appointments (*de zoektocht*).

Every option is judged by :func:`ingroeiquotum.law.bw2.quota.judge_appointment` in voting order;
the search finds the plan that keeps every appointment valid and balances the board soonest.
Used by :mod:`ingroeiquotum.succession`, where the public names are reachable.
"""

from __future__ import annotations

__all__ = ["MeetingPlan", "Option", "OptionKind", "SuccessionPlan", "Vote"]

import enum
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import attrs

from ingroeiquotum.exceptions import (
    InvalidCount,
)
from ingroeiquotum.law import readings
from ingroeiquotum.law.bw2 import quota
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.model.composition import Composition, Seat
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ
from ingroeiquotum.planning.vacancies import (
    _DAY,
    MAX_SIZE,
    Vacancy,
    _meetings,
    _seats,
    _sitting,
    _size,
    _subject,
)

_VALID = (Verdict.COMPLIANT, Verdict.NOT_APPLICABLE)


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

    def _repr_html_(self) -> str:
        """The plan as a notebook shows it: a row per meeting, the board after each."""
        from ingroeiquotum.display import _html

        return _html.succession_html(self)

    def __repr__(self) -> str:
        first = self.first_balanced
        balanced = "never balanced" if first is None else f"balanced from {first.on.isoformat()}"
        return (
            f"<SuccessionPlan {self.subject}, {self.size} seats, "
            f"{len(self.meetings)} meetings, {balanced}>"
        )


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


_NONE_USED: _Counters = (0, 0, 0, 0)
