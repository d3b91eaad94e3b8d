"""
The quota (*ingroeiquotum*), art. 2:142b BW.

The raad van commissarissen of a company listed in the Netherlands, or the non-executive
directors of its one-tier board, consists for at least one third of men and for at least one
third of women. Where the number of members is not divisible by three, the next higher multiple
of three counts, so the minimum per sex is the number of members divided by three, rounded up.
While the board does not meet that, the appointment of a person who does not make the ratio of
men to women more balanced is void (*nietig*), unless it is a reappointment within eight years
after the year of appointment, or exceptional circumstances (art. 2:135a lid 5 BW) apply.
In force from 1 January 2022; lapses on 1 January 2030.

The worked examples of the sources: 4 members need 2 men and 2 women, 5 need 2 of each, 10
need 4 of each.

>>> minimum_per_sex(4), minimum_per_sex(5), minimum_per_sex(10)
(2, 2, 4)
>>> is_balanced(men=4, women=2)
True
>>> is_balanced(men=5, women=1)
False
>>> from datetime import date
>>> appointment_is_void(men=5, women=1, appointee="man", on=date(2024, 4, 18))
True
>>> appointment_is_void(men=5, women=1, appointee="woman", on=date(2024, 4, 18))
False

The finding behind the last answers says why:

>>> finding = judge_appointment(Composition(5, 1), "man", on=date(2024, 4, 18))
>>> finding.verdict, finding.article
(<Verdict.NOT_COMPLIANT: 'not_compliant'>, 'art. 2:142b lid 2 BW; art. 2:14 lid 1 BW')

More information: art. 2:142b BW (https://wetten.overheid.nl/BWBR0003045), Kamerstukken 35 628,
and ``docs/law.md``.
"""

from __future__ import annotations

__all__ = [
    "RULE_VERSION",
    "Appointment",
    "Departure",
    "MeetingEvent",
    "MeetingResult",
    "appointment_is_void",
    "check_balance",
    "check_company",
    "classify",
    "is_balanced",
    "judge_appointment",
    "judge_meeting",
    "minimum_per_sex",
    "reaches",
    "shortfall",
]

import functools
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, InvalidDate
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2 import scope
from ingroeiquotum.law.citations import BW_2_14, BW_2_142B_1, BW_2_142B_2, BW_2_142B_3, Citation
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.law.parameters import in_force as _in_force
from ingroeiquotum.model.company import Company
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.gender import Gender, GenderLabel
from ingroeiquotum.model.organs import Organ, OrganKind, OrganLike

_BALANCE = rules.get("quota.balance")
_APPOINTMENT = rules.get("quota.appointment")

RULE_VERSION = _BALANCE.version
"""The version of this module's reading of art. 2:142b BW (from :mod:`.rules`)."""

_MAX_UNKNOWN_TO_ENUMERATE = 400


def minimum_per_sex(members: int) -> int:
    """
    The least number of men, and of women, on a board of ``members`` members.

    One third, with the number of members rounded up to the next multiple of three: the
    number of members divided by three, rounded up. An empty board needs nobody.

    >>> [minimum_per_sex(n) for n in range(1, 11)]
    [1, 1, 1, 2, 2, 2, 3, 3, 3, 4]

    Raises:
        InvalidCount: if ``members`` is not a whole number of at least zero.

    """
    _validate.count("members", members)
    return -(-members // 3)


def shortfall(composition: Composition) -> tuple[int, int]:
    """
    How many men and how many women are missing to meet the quota, counting only the members
    whose sex is known (a member of unknown sex is counted as neither).

    >>> shortfall(Composition(men=5, women=1))
    (0, 1)
    """
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    minimum = minimum_per_sex(composition.members)
    return max(0, minimum - composition.men), max(0, minimum - composition.women)


def classify(men_missing: int, women_missing: int, unknown: int) -> Verdict:
    """
    The quota's verdict from the shortfall of each sex (counting members of unknown sex as
    neither) and the number of members of unknown sex.

    Met when nobody is missing; "cannot decide" when the unknown members could fill the
    shortfall (some assignment of their sexes meets the quota, another does not); else not met.
    This is the one place that decides it: :func:`check_balance` and the bulk paths use it.

    >>> classify(0, 0, 0).value, classify(0, 1, 2).value, classify(1, 1, 1).value
    ('compliant', 'cannot_decide', 'not_compliant')

    Raises:
        InvalidCount: if a number is not a whole number of at least zero.

    .. versionchanged:: 0.1.0
       The numbers are checked (``None`` raised ``TypeError``).
    """
    _validate.count("men_missing", men_missing)
    _validate.count("women_missing", women_missing)
    _validate.count("unknown", unknown)
    return _classify(men_missing, women_missing, unknown)


def _classify(men_missing: int, women_missing: int, unknown: int) -> Verdict:
    """:func:`classify` for numbers already checked (the bulk path's rows)."""
    if men_missing == 0 and women_missing == 0:
        return Verdict.COMPLIANT
    if men_missing + women_missing <= unknown:
        return Verdict.CANNOT_DECIDE
    return Verdict.NOT_COMPLIANT


def _decide(men: int, women: int, other: int, unknown: int) -> tuple[Verdict, int, int, int]:
    """
    The quota's kernel for counts already checked: the verdict, the minimum per sex and the men
    and women missing (members of unknown sex counted as neither). :func:`check_balance` and
    every bulk path decide with it, so they cannot diverge.
    """
    minimum = -(-(men + women + other + unknown) // 3)
    men_missing = minimum - men if minimum > men else 0
    women_missing = minimum - women if minimum > women else 0
    return _classify(men_missing, women_missing, unknown), minimum, men_missing, women_missing


def is_balanced(men: int, women: int, other: int = 0) -> bool:
    """
    Whether a board of ``men``, ``women`` and ``other`` members meets the quota.

    Members registered as neither sex (``other``) count in the number of members, and as
    neither sex. An empty board counts as balanced; a one-member board never is.

    >>> is_balanced(1, 1), is_balanced(2, 1), is_balanced(2, 1, other=1), is_balanced(1, 0)
    (True, True, False, False)

    Raises:
        InvalidCount: if a count is not a whole number of at least zero.

    """
    return shortfall(Composition(men, women, other)) == (0, 0)


REACHED = (OrganKind.RVC, OrganKind.NON_EXECUTIVE)
"""The organs the quota reaches: the RvC (art. 2:142b lid 2) and the non-executive directors of
a one-tier board (lid 3). Never the bestuur, the executive directors or a subtop category."""


def reaches(organ: OrganLike) -> bool:
    """
    Whether the quota reaches ``organ`` (art. 2:142b lid 1-3 BW): the RvC and the non-executive
    directors of a one-tier board, never the bestuur, the executive directors or the subtop.

    This is the one place that decides it; every rule and every bulk path asks it.

    >>> reaches("rvc"), reaches("non_executive"), reaches("bestuur"), reaches("subtop:Directie")
    (True, True, False, False)

    Raises:
        InvalidArgument: for a name the library does not know, naming ``organ``.

    .. versionadded:: 0.2.0
    """
    return _organ("organ", organ).kind in REACHED


def _organ(field: str, value: object) -> Organ:
    """The organ named by ``value``, or :class:`InvalidArgument` naming ``field``."""
    try:
        return Organ.parse(value)
    except InvalidArgument as error:
        raise InvalidArgument(field, value, error.reason) from None


@functools.lru_cache(maxsize=4096)
def in_force(on: date) -> bool:
    """
    Whether the quota is in force on ``on`` (from 1 January 2022 until it lapses on
    1 January 2030), read from the dated parameter ``quota.minimum_share``.

    >>> in_force(date(2021, 12, 31)), in_force(date(2022, 1, 1)), in_force(date(2030, 1, 1))
    (False, True, False)

    .. versionadded:: 0.2.0
    """
    return _in_force("quota.minimum_share", on).in_force


def _cite(organ: Organ) -> tuple[Citation, ...]:
    return (BW_2_142B_3,) if organ.kind is OrganKind.NON_EXECUTIVE else (BW_2_142B_2,)


def _not_reached(rule: rules.Rule, on: date, organ: Organ, facts: dict[str, Any]) -> Finding | None:
    """The finding for an organ the quota does not reach, or ``None`` where it does."""
    if organ.kind in REACHED:
        return None
    return rule.finding(
        Verdict.NOT_APPLICABLE,
        on,
        "quota.organ_not_reached",
        facts={**facts, "organ": str(organ), "organs": tuple(kind.value for kind in REACHED)},
        citations=(BW_2_142B_1,),
        subject=str(organ),
    )


def _not_in_force(
    rule: rules.Rule,
    on: date,
    subject: str,
    facts: dict[str, Any],
    citations: tuple[Citation, ...],
) -> Finding | None:
    """The finding of ``rule`` for a day the quota is not in force, or ``None`` where it is."""
    status = _in_force("quota.minimum_share", on)
    if status.in_force:
        return None
    return rule.not_in_force(
        status, f"quota.{status.state}", facts=facts, citations=citations, subject=subject
    )


def check_balance(composition: Composition, on: date, *, subject: OrganLike = "rvc") -> Finding:
    """
    Whether ``composition`` meets the quota on ``on``: the finding, with the numbers.

    Members of unknown sex are handled by trying every possible assignment: the verdict is
    given only when all of them agree, else it is ``CANNOT_DECIDE`` and the facts say how many
    of the unknown members would have to be men and women.

    >>> finding = check_balance(Composition(men=5, women=1), date(2024, 1, 1))
    >>> finding.verdict.value, finding.facts["minimum_per_sex"], finding.facts["women_missing"]
    ('not_compliant', 2, 1)
    >>> check_balance(Composition(men=2, women=1, unknown=3), date(2024, 1, 1)).verdict.value
    'cannot_decide'

    ``subject`` is the organ asked about; the quota reaches only the RvC and the non-executive
    directors, so for any other organ the answer is ``NOT_APPLICABLE`` (art. 2:142b lid 1):

    >>> check_balance(Composition(men=3, women=0), date(2024, 1, 1), subject="bestuur").verdict.value
    'not_applicable'

    Raises:
        InvalidArgument: for an organ name the library does not know, naming ``subject``.

    .. versionchanged:: 0.2.0
       ``subject`` is parsed as an organ; the quota answers only for the organs it reaches.
    """
    _validate.day("on", on)
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    organ = _organ("subject", subject)
    name = str(organ)
    citations = _cite(organ)
    members = composition.members
    verdict, minimum, men_missing, women_missing = _decide(
        composition.men, composition.women, composition.other, composition.unknown
    )
    facts: dict[str, Any] = {
        **composition.as_dict(),
        "members": members,
        "minimum_per_sex": minimum,
        "men_missing": men_missing,
        "women_missing": women_missing,
        "share_women": composition.share(Gender.WOMAN),
        "share_men": composition.share(Gender.MAN),
    }
    stopped = _not_reached(_BALANCE, on, organ, facts) or _not_in_force(
        _BALANCE, on, name, facts, citations
    )
    if stopped is not None:
        return stopped
    applied: list[Reading] = [readings.MEMBERS_BEFORE]
    if composition.other:
        applied.append(readings.OTHER_IS_NEITHER_SEX)
    missing: tuple[str, ...] = ("members_sex",) if verdict is Verdict.CANNOT_DECIDE else ()
    message = {
        Verdict.COMPLIANT: "quota.empty" if members == 0 else "quota.balanced",
        Verdict.CANNOT_DECIDE: "quota.balance_unknown",
        Verdict.NOT_COMPLIANT: "quota.unbalanced",
    }[verdict]
    return _BALANCE.finding(
        verdict,
        on,
        message,
        facts=facts,
        citations=citations,
        readings=applied,
        missing=missing,
        subject=name,
    )


def check_company(company: Company, on: date) -> Finding:
    """
    The quota for ``company`` on ``on``: whether it applies (:func:`~ingroeiquotum.law.bw2.scope.quota_applies`,
    listed in the Netherlands and in force), and if so whether its supervisory organ (the RvC,
    or the non-executive directors of a one-tier board) meets it on that day.

    Where the quota does not apply, the answer is the scope's finding (``NOT_APPLICABLE``, with
    why); where the organ's composition on ``on`` is not known, ``CANNOT_DECIDE`` naming the
    missing composition; else :func:`check_balance`.

    >>> from ingroeiquotum.company import Company, Snapshot
    >>> listed = Company("Voorbeeld NV", "NV", listed=True)
    >>> check_company(listed, date(2025, 6, 30)).missing
    ('composition:rvc',)
    >>> board = Snapshot("rvc", date(2025, 6, 30), Composition(men=4, women=2))
    >>> check_company(attrs.evolve(listed, snapshots=[board]), date(2025, 6, 30)).verdict.value
    'compliant'

    .. versionadded:: 0.2.0
    """
    applies = scope.quota_applies(company, on)
    if applies.verdict is not Verdict.APPLIES:
        return applies
    organ = Organ.parse(company.supervisory_organ)
    composition = company.composition(organ, on)
    if composition is None:
        return _BALANCE.finding(
            Verdict.CANNOT_DECIDE,
            on,
            "quota.composition_unknown",
            facts={"organ": str(organ), "company": company.name},
            citations=_cite(organ),
            readings=applies.readings,
            missing=(f"composition:{organ}",),
            subject=str(organ),
        )
    return check_balance(composition, on, subject=organ)


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


def _outcome(
    men: int, women: int, other: int, appointee: Gender, appointment: Appointment, on: date
) -> str:
    """The message key for a fully known board and appointee (no unknowns)."""
    before = Composition(men, women, other)
    minimum = minimum_per_sex(before.members)
    if men >= minimum and women >= minimum:
        after = before.plus(appointee)
        return "valid_balanced" if shortfall(after) == (0, 0) else "valid_balanced_tipping"
    if appointee.is_sex and before.count(appointee) < minimum:
        return "valid_more_balanced"
    if appointment.reappointment:
        assert appointment.first_appointed is not None
        window = _parameter("quota.reappointment_window_years").at(on)
        if on.year <= appointment.first_appointed.year + window:
            return "valid_reappointment"
    if appointment.exceptional_circumstances:
        return "valid_exceptional"
    return "void"


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
    _validate.day("on", on)
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
    minimum = minimum_per_sex(before.members)
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
    outcomes = {
        _outcome(
            before.men + men, before.women + women, before.other + other, gender, appointment, on
        )
        for men, women, other in _assignments(before.unknown)
        for gender in appointees
    }
    applied: list[Reading] = [readings.BALANCED_BEFORE, readings.MEMBERS_BEFORE]
    notes: list[str] = []
    missing: tuple[str, ...] = ()
    if "void" in outcomes and outcomes != {"void"}:  # void in some assignments, not in all
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
        void = outcomes == {"void"}
        verdict = Verdict.NOT_COMPLIANT if void else Verdict.COMPLIANT
        reasons = {outcome.removesuffix("_tipping") for outcome in outcomes}
        if len(reasons) > 1:
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
                applied.append(readings.TIPPING_NOT_VOID)
            if outcome == "valid_more_balanced":
                applied.append(readings.MORE_BALANCED)
            if outcome == "valid_reappointment":
                applied.append(readings.REAPPOINTMENT_WINDOW)
            if outcome == "valid_exceptional":
                applied.append(readings.EXCEPTIONAL_ASSERTED)
        if void:
            applied.append(readings.MORE_BALANCED)
            if appointment.gender is Gender.OTHER:
                applied.append(readings.OTHER_APPOINTEE)
            applied.append(readings.ONDERNEMINGSKAMER)
    if before.other or appointment.gender is Gender.OTHER:
        applied.append(readings.OTHER_IS_NEITHER_SEX)
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
    "valid_balanced_tipping",
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
    appointments take their seat, void ones leave it vacant, departures free theirs.

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
    _validate.day("on", on)
    if not isinstance(before, Composition):
        raise InvalidArgument("before", before, "must be a Composition")
    organ = _organ("subject", subject)
    board = before
    findings: list[Finding] = []
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
        finding = judge_appointment(board, event, on, subject=organ)
        finding = attrs.evolve(
            finding,
            readings=(*finding.readings, readings.MEETING_ORDER),
            facts={**finding.facts, "position": len(findings) + 1},
        )
        findings.append(finding)
        if finding.verdict is not Verdict.NOT_COMPLIANT:
            board = board.plus(event.gender)
    return MeetingResult(tuple(findings), board)
