"""
The balance of the quota (*evenwichtige verdeling*), art. 2:142b lid 1-3 BW.

The raad van commissarissen of a company listed in the Netherlands, or the non-executive
directors of its one-tier board, consists for at least one third of men and for at least one
third of women: the number of members divided by three, rounded up. This module decides it
(:func:`check_balance`), for which organs (:func:`reaches`) and on which days
(:func:`in_force`); :mod:`.appointments` decides the nullity of an appointment that does not
make a board out of balance more balanced. Both are reachable at :mod:`ingroeiquotum.quota`.

>>> minimum_per_sex(4), minimum_per_sex(5), minimum_per_sex(10)
(2, 2, 4)
"""

from __future__ import annotations

__all__ = [
    "REACHED",
    "check_balance",
    "check_company",
    "classify",
    "counted_members",
    "counts_neither_sex",
    "in_force",
    "is_balanced",
    "minimum_per_sex",
    "reaches",
    "shortfall",
]

import functools
from datetime import date
from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2 import scope
from ingroeiquotum.law.citations import BW_2_142B_1, BW_2_142B_2, BW_2_142B_3, Citation
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import in_force as _in_force
from ingroeiquotum.model.company import Company
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ, OrganKind, OrganLike

_BALANCE = rules.get("quota.balance")


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
    members = _validate.count("members", members)
    return -(-members // 3)


def counts_neither_sex() -> bool:
    """
    Whether members registered as neither sex count in the number of members (``het aantal
    leden``) here: yes by the reading ``quota.other_is_neither_sex``, no where its alternative
    is chosen (:func:`ingroeiquotum.readings.choose`). This is the one place that decides it;
    the rules and the bulk paths (the frames too) ask it.

    >>> counts_neither_sex()
    True

    .. versionadded:: 0.2.0
    """
    return not readings.applies(readings.OTHER_IS_NEITHER_SEX).alternative_chosen


def counted_members(composition: Composition) -> int:
    """
    The number of members the quota counts in ``composition`` (*het aantal leden*): all of
    them, or where the alternative of ``quota.other_is_neither_sex`` is chosen all but those
    registered as neither sex (:func:`counts_neither_sex`).

    >>> counted_members(Composition(men=2, women=1, other=1))
    4

    .. versionadded:: 0.2.0
    """
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    return _members(composition.men, composition.women, composition.other, composition.unknown)


def _members(men: int, women: int, other: int, unknown: int) -> int:
    """The number of members the quota counts (:func:`counts_neither_sex`)."""
    if other and not counts_neither_sex():
        return men + women + unknown
    return men + women + other + unknown


def shortfall(composition: Composition) -> tuple[int, int]:
    """
    How many men and how many women are missing to meet the quota, counting only the members
    whose sex is known (a member of unknown sex is counted as neither).

    >>> shortfall(Composition(men=5, women=1))
    (0, 1)
    """
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    minimum = minimum_per_sex(
        _members(composition.men, composition.women, composition.other, composition.unknown)
    )
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
    men_missing = _validate.count("men_missing", men_missing)
    women_missing = _validate.count("women_missing", women_missing)
    unknown = _validate.count("unknown", unknown)
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
    minimum = -(-(_members(men, women, other, unknown) if other else men + women + unknown) // 3)
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
    on = _validate.day("on", on)
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
        applied.append(readings.applies(readings.OTHER_IS_NEITHER_SEX))
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

    >>> import attrs
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
