"""
Succession planning under the quota (*opvolgingsplanning*), art. 2:142b BW.

From the seats of a raad van commissarissen (or of the non-executive directors of a one-tier
board) with their terms: which seats fall vacant when, whether their holders can still be
reappointed inside the law's window, and, for each coming general meeting, which appointments
would be valid and which void (*nietig*) in the order they are voted on; and the earliest
meeting at which the board can be balanced, with the appointments it takes.

Every verdict on an appointment comes from :func:`ingroeiquotum.law.bw2.quota.judge_appointment`; this
module only decides which appointments to ask about, and in which order. The conventions it
adds (see ``docs/howto/succession.md``):

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

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import attrs

from ingroeiquotum import _tables, _validate
from ingroeiquotum.exceptions import (
    InvalidArgument,
    LoadError,
    RowError,
)
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2 import quota
from ingroeiquotum.law.citations import Citation
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import in_force as _in_force
from ingroeiquotum.model.composition import Composition, Seat
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ
from ingroeiquotum.planning.search import (
    _NONE_USED,
    MeetingPlan,
    Option,
    OptionKind,
    SuccessionPlan,
    Vote,
    _balanced,
    _judge,
    _options,
    _Path,
    _prepare,
    _rank,
    _used,
    _without,
)
from ingroeiquotum.planning.vacancies import (
    MAX_SIZE,
    Vacancy,
    _subject,
    vacancies,
    yearly_meetings,
)

_EARLIEST_BALANCE = rules.get("succession.earliest_balance")

RULE_VERSION = _EARLIEST_BALANCE.version
"""The version of this module's planning conventions (the verdicts are :mod:`quota`'s)."""


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

    def _repr_html_(self) -> str:
        """The plan as a notebook shows it: the meeting, the appointments, the finding."""
        from ingroeiquotum.display import _html

        return _html.plan_html(self)


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
        "minimum_per_sex": quota.minimum_per_sex(quota.counted_members(after)),
        "appointed_women": sum(option.gender is Gender.WOMAN for option in appointed),
        "appointed_men": sum(option.gender is Gender.MAN for option in appointed),
        "needed_women": needed[0],
        "needed_men": needed[1],
    }
    applied: list[Reading] = [readings.MEETING_ORDER, readings.MEMBERS_BEFORE]
    if after.other:
        applied.append(readings.applies(readings.OTHER_IS_NEITHER_SEX))
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


_row_date = _validate.iso_date


def _row_gender(field: str, value: object) -> Gender:
    return Gender.from_label(value, field)


def _row_organ(field: str, value: object) -> str:
    try:
        return _subject(value)
    except InvalidArgument as error:
        raise InvalidArgument(field, value, error.reason) from None


_SEAT_COLUMNS = (
    ("organ", _row_organ, False),
    ("gender", _row_gender, True),
    ("start", _row_date, True),
    ("end", _row_date, False),
    ("first_appointed", _row_date, False),
)
"""The columns of a seat row: name, parser, required."""

_SEATS = _tables.Table(
    "ingroeiquotum.seats",
    tuple(name for name, _, _ in _SEAT_COLUMNS),
    tuple(name for name, _, required in _SEAT_COLUMNS if required),
)
"""A table of seats, as the one table reader checks it (the CLI's ``plan FILE`` reads it)."""


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
    numbered by its position from ``first_row`` (1: the first mapping), or by its line if it
    was read from a file by the package's table reader (as ``plan FILE`` reads); ``source``
    names the input in the error.

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
    for line, row in _tables.numbered(items, first=first_row):
        if not isinstance(row, Mapping):
            problems.append(RowError(line, "row", row, "must be a mapping of column to value"))
            continue
        values: dict[str, Any] = {}
        found: list[RowError] = []
        for column, parse, required in _SEAT_COLUMNS:
            raw = row.get(column)
            given = _tables.given(raw)
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
