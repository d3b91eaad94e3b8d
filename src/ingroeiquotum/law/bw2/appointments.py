"""
The nullity of an appointment (*nietigheid van een benoeming*), art. 2:142b lid 2 BW.

While the board does not meet the quota (:mod:`.balance`), the appointment of a person who
does not make the ratio of men to women more balanced is void (*nietig*, art. 2:14 BW), unless
it is a reappointment within eight years after the year of appointment, or exceptional
circumstances (art. 2:135a lid 5 BW) apply. Reachable at :mod:`ingroeiquotum.quota`.

>>> from datetime import date
>>> appointment_is_void(men=5, women=1, appointee="man", on=date(2024, 4, 18))
True
"""

from __future__ import annotations

__all__ = [
    "Appointment",
    "Departure",
    "MeetingEvent",
    "MeetingResult",
    "appointment_is_void",
    "judge_appointment",
    "judge_meeting",
]

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, InvalidDate
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2.balance import (
    _cite,
    _members,
    _not_in_force,
    _not_reached,
    _organ,
    minimum_per_sex,
    shortfall,
)
from ingroeiquotum.law.citations import BW_2_14
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.gender import Gender, GenderLabel
from ingroeiquotum.model.organs import OrganLike

_APPOINTMENT = rules.get("quota.appointment")


_MAX_UNKNOWN_TO_ENUMERATE = 400


def _appointee(value: Gender | GenderLabel) -> Gender:
    return Gender.parse(value, "appointee")


def _departing(value: Gender | GenderLabel) -> Gender:
    return Gender.parse(value, "departing")


class MeetingEvent:
    """
    What happens to the board at a general meeting: an :class:`Appointment` or a
    :class:`Departure` (their common base, so that a list of both is typed).

    .. versionadded:: 0.2.0
    """

    __slots__ = ()


@attrs.frozen
class Appointment(MeetingEvent):
    """
    An appointment to the board, as the quota sees it.

    ``gender`` is the appointee's; ``first_appointed`` (required for a reappointment) is the
    date of the appointee's first appointment to this board; ``exceptional_circumstances`` is
    the caller's assertion that art. 2:135a lid 5 BW applies.

    .. versionadded:: 0.1.0
    """

    gender: Gender = attrs.field(converter=_appointee)
    reappointment: bool = False
    first_appointed: date | None = attrs.field(default=None, validator=_validate.attrs_optional_day)
    exceptional_circumstances: bool = False

    def __attrs_post_init__(self) -> None:
        for name in ("reappointment", "exceptional_circumstances"):
            _validate.flag(name, getattr(self, name))
        if self.reappointment and self.first_appointed is None:
            raise InvalidDate("first_appointed", None, "is required for a reappointment")


@attrs.frozen
class Departure(MeetingEvent):
    """
    A member leaving the board (end of term, resignation), as the quota sees it.

    .. versionadded:: 0.1.0
    """

    gender: Gender = attrs.field(converter=_departing)


@attrs.frozen
class _Sides:
    """The sides of the readings an appointment's outcome depends on, asked once per finding."""

    tipping: Reading
    other_appointee: Reading

    @classmethod
    def now(cls) -> _Sides:
        return cls(
            readings.applies(readings.TIPPING_NOT_VOID),
            readings.applies(readings.OTHER_APPOINTEE),
        )


def _outcome(
    men: int,
    women: int,
    other: int,
    appointee: Gender,
    appointment: Appointment,
    on: date,
    sides: _Sides,
) -> str:
    """The message key for a fully known board and appointee (no unknowns)."""
    before = Composition(men, women, other)
    minimum = minimum_per_sex(_members(men, women, other, 0))
    tipped = False
    if men >= minimum and women >= minimum:
        after = before.plus(appointee)
        if shortfall(after) == (0, 0):
            return "valid_balanced"
        if not sides.tipping.alternative_chosen:
            return "valid_balanced_tipping"
        tipped = True  # the alternative: judged as on a board out of balance, exceptions apart
    elif appointee.is_sex and before.count(appointee) < minimum:
        return "valid_more_balanced"
    elif appointee is Gender.OTHER and sides.other_appointee.alternative_chosen:
        return "valid_other_appointee"
    if appointment.reappointment:
        assert appointment.first_appointed is not None
        window = _parameter("quota.reappointment_window_years").at(on)
        if on.year <= appointment.first_appointed.year + window:
            return "valid_reappointment"
    if appointment.exceptional_circumstances:
        return "valid_exceptional"
    return "void_tipping" if tipped else "void"


def _assignments(unknown: int) -> Iterable[tuple[int, int, int]]:
    for men in range(unknown + 1):
        for women in range(unknown - men + 1):
            yield men, women, unknown - men - women


def judge_appointment(
    before: Composition,
    appointee: Gender | GenderLabel | Appointment,
    on: date,
    *,
    reappointment: bool = False,
    first_appointed: date | None = None,
    exceptional_circumstances: bool = False,
    subject: OrganLike = "rvc",
) -> Finding:
    """
    Whether an appointment to the board is void under art. 2:142b BW: the finding.

    ``before`` is the board just before the appointment (the seat being filled not counted);
    ``on`` is the date the appointment takes effect. The verdict is ``NOT_COMPLIANT`` for a void
    appointment and ``COMPLIANT`` for a valid one; ``NOT_APPLICABLE`` before 2022 and from 2030;
    ``CANNOT_DECIDE`` where unknown sexes leave it open.

    >>> judge_appointment(Composition(5, 1), "woman", date(2024, 4, 18)).message
    'quota.appointment_valid_more_balanced'
    >>> judge_appointment(
    ...     Composition(5, 1), "man", date(2024, 4, 18),
    ...     reappointment=True, first_appointed=date(2017, 4, 20),
    ... ).message
    'quota.appointment_valid_reappointment'

    The quota reaches only the RvC and the non-executive directors (``subject``); an
    appointment to any other organ is never void under it:

    >>> judge_appointment(Composition(5, 1), "man", date(2024, 4, 18), subject="bestuur").message
    'quota.organ_not_reached'

    Raises:
        InvalidArgument: for an organ name the library does not know, naming ``subject``.

    .. versionchanged:: 0.2.0
       ``subject`` is parsed as an organ; the quota answers only for the organs it reaches.
    """
    on = _validate.day("on", on)
    if not isinstance(before, Composition):
        raise InvalidArgument("before", before, "must be a Composition")
    organ = _organ("subject", subject)
    name = str(organ)
    if isinstance(appointee, Appointment):
        appointment = appointee
    else:
        appointment = Appointment(
            appointee,
            reappointment=reappointment,
            first_appointed=first_appointed,
            exceptional_circumstances=exceptional_circumstances,
        )
    if appointment.first_appointed is not None and appointment.first_appointed > on:
        raise InvalidDate(
            "first_appointed", appointment.first_appointed, f"must not be after on ({on})"
        )
    citations = (*_cite(organ), BW_2_14)
    minimum = minimum_per_sex(_members(before.men, before.women, before.other, before.unknown))
    men_missing, women_missing = shortfall(before)
    facts: dict[str, Any] = {
        **before.as_dict(),
        "members": before.members,
        "minimum_per_sex": minimum,
        "men_missing": men_missing,
        "women_missing": women_missing,
        "appointee": appointment.gender,
        "reappointment": appointment.reappointment,
        "first_appointed": appointment.first_appointed,
        "exceptional_circumstances": appointment.exceptional_circumstances,
    }
    stopped = _not_reached(_APPOINTMENT, on, organ, facts) or _not_in_force(
        _APPOINTMENT, on, name, facts, citations
    )
    if stopped is not None:
        return stopped

    appointees = (
        (Gender.MAN, Gender.WOMAN, Gender.OTHER)
        if appointment.gender is Gender.UNKNOWN
        else (appointment.gender,)
    )
    if before.unknown > _MAX_UNKNOWN_TO_ENUMERATE:
        raise InvalidArgument(
            "before.unknown", before.unknown,
            f"too many members of unknown sex to judge (at most {_MAX_UNKNOWN_TO_ENUMERATE})",
        )  # fmt: skip
    sides = _Sides.now()
    outcomes = {
        _outcome(
            before.men + men,
            before.women + women,
            before.other + other,
            gender,
            appointment,
            on,
            sides,
        )
        for men, women, other in _assignments(before.unknown)
        for gender in appointees
    }
    applied: list[Reading] = [readings.BALANCED_BEFORE, readings.MEMBERS_BEFORE]
    notes: list[str] = []
    missing: tuple[str, ...] = ()
    voids = outcomes & {"void", "void_tipping"}
    if voids and outcomes != voids:  # void in some assignments, not in all
        verdict, message = Verdict.CANNOT_DECIDE, "quota.appointment_unknown"
        missing = tuple(
            key
            for key, needed in (
                ("members_sex", before.unknown > 0),
                ("appointee_sex", appointment.gender is Gender.UNKNOWN),
            )
            if needed
        )
    else:
        void = outcomes == voids
        verdict = Verdict.NOT_COMPLIANT if void else Verdict.COMPLIANT
        reasons = {
            outcome if outcome.startswith("void") else outcome.removesuffix("_tipping")
            for outcome in outcomes
        }
        if void and len(reasons) > 1:  # void in every assignment, for different reasons
            message = "quota.appointment_void"
        elif len(reasons) > 1:
            # Valid whatever the unknown sexes are, but for different reasons: no one reason
            # (such as "the board met the quota") holds in every assignment, so none is named.
            message = "quota.appointment_valid_any_assignment"
        else:
            message = f"quota.appointment_{reasons.pop()}"
        for outcome in _OUTCOMES:
            if outcome not in outcomes:
                continue
            if outcome == "valid_balanced_tipping":
                notes.append("quota.tipping_warning")
            if outcome in ("valid_balanced_tipping", "void_tipping"):
                applied.append(sides.tipping)
            if outcome == "valid_other_appointee":
                applied.append(sides.other_appointee)
            if outcome == "valid_more_balanced":
                applied.append(readings.MORE_BALANCED)
            if outcome == "valid_reappointment":
                applied.append(readings.REAPPOINTMENT_WINDOW)
            if outcome == "valid_exceptional":
                applied.append(readings.EXCEPTIONAL_ASSERTED)
        if void:
            if "void" in outcomes:  # not for a board balanced before (the tipping alternative)
                applied.append(readings.MORE_BALANCED)
            if appointment.gender is Gender.OTHER:
                applied.append(sides.other_appointee)
            applied.append(readings.ONDERNEMINGSKAMER)
    if before.other or appointment.gender is Gender.OTHER:
        applied.append(readings.applies(readings.OTHER_IS_NEITHER_SEX))
    return _APPOINTMENT.finding(
        verdict,
        on,
        message,
        facts=facts,
        citations=citations,
        readings=applied,
        missing=missing,
        subject=name,
        notes=notes,
    )


_OUTCOMES = (
    "void",
    "void_tipping",
    "valid_balanced_tipping",
    "valid_other_appointee",
    "valid_balanced",
    "valid_more_balanced",
    "valid_reappointment",
    "valid_exceptional",
)
"""The outcomes of one assignment of the unknown sexes, in the order their readings are listed."""


def appointment_is_void(
    men: int,
    women: int,
    appointee: str | Gender,
    *,
    on: date,
    other: int = 0,
    reappointment: bool = False,
    first_appointed: date | None = None,
) -> bool:
    """
    Whether the law makes this appointment void (*nietig*), art. 2:142b lid 2 BW.

    ``men``, ``women`` and ``other`` are the members in office just before the appointment;
    ``appointee`` is the sex of the person appointed; ``on`` the date it takes effect. For a
    reappointment, ``first_appointed`` is the date of the appointee's first appointment to the
    board. :func:`judge_appointment` returns the finding that explains the answer.

    >>> appointment_is_void(3, 0, "man", on=date(2021, 12, 31))
    False
    >>> appointment_is_void(3, 0, "man", on=date(2022, 1, 1))
    True
    """
    finding = judge_appointment(
        Composition(men, women, other),
        Gender.parse(appointee, "appointee"),
        on,
        reappointment=reappointment,
        first_appointed=first_appointed,
    )
    return finding.verdict is Verdict.NOT_COMPLIANT


@attrs.frozen
class MeetingResult:
    """
    The appointments of one general meeting, judged in order.

    ``findings`` has one finding per appointment, in the order given; ``after`` is the board
    once every valid appointment and every departure has taken effect (a void appointment
    leaves its seat vacant).

    .. versionadded:: 0.1.0
    """

    findings: tuple[Finding, ...]
    after: Composition

    @property
    def void(self) -> tuple[int, ...]:
        """The positions (0-based, among the appointments) of the void appointments."""
        return tuple(
            index
            for index, finding in enumerate(self.findings)
            if finding.verdict is Verdict.NOT_COMPLIANT
        )

    def _repr_html_(self) -> str:
        """The meeting as a notebook shows it: each appointment judged, then the board after."""
        from ingroeiquotum.display import _html

        return _html.meeting_html(self)


def judge_meeting(
    before: Composition,
    events: Sequence[MeetingEvent],
    on: date,
    *,
    subject: OrganLike = "rvc",
) -> MeetingResult:
    """
    Judge several appointments at one meeting, one by one in the order given.

    Each appointment is judged against the board as it stands after the earlier events: valid
    appointments take their seat, void ones leave it vacant, departures free theirs (reading
    ``quota.meeting_order``; where its alternative is chosen, each is judged against the board
    before the meeting).

    >>> result = judge_meeting(
    ...     Composition(men=4, women=1),
    ...     [Departure("man"), Appointment("woman"), Appointment("man")],
    ...     on=date(2025, 5, 20),
    ... )
    >>> [finding.verdict.value for finding in result.findings]
    ['compliant', 'compliant']
    >>> result.after
    Composition(men=4, women=2, other=0, unknown=0)
    """
    on = _validate.day("on", on)
    if not isinstance(before, Composition):
        raise InvalidArgument("before", before, "must be a Composition")
    organ = _organ("subject", subject)
    board = before
    findings: list[Finding] = []
    # The reading quota.meeting_order: each appointment against the board as it stands after
    # the earlier events, or where its alternative is chosen against the board before the
    # meeting. This is the one place that decides it.
    order = readings.applies(readings.MEETING_ORDER)
    for index, event in enumerate(_validate.sequence("events", events)):
        if isinstance(event, Departure):
            if board.count(event.gender) == 0:
                raise InvalidArgument(
                    f"events[{index}]", event, f"no {event.gender.value} member left to depart"
                )
            board = board.minus(event.gender)
            continue
        if not isinstance(event, Appointment):
            raise InvalidArgument(f"events[{index}]", event, "must be an Appointment or Departure")
        judged = before if order.alternative_chosen else board
        finding = judge_appointment(judged, event, on, subject=organ)
        finding = attrs.evolve(
            finding,
            readings=(*finding.readings, order),
            facts={**finding.facts, "position": len(findings) + 1},
        )
        findings.append(finding)
        if finding.verdict is not Verdict.NOT_COMPLIANT:
            board = board.plus(event.gender)
    return MeetingResult(tuple(findings), board)
