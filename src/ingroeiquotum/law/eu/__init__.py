"""
Women on boards (*evenwichtige vertegenwoordiging van bestuurders*), Directive (EU) 2022/2381.

A listed company with its registered office in a member state, whose shares are admitted to
trading on a regulated market in one or more member states and which is not an SME, is to reach
one of two objectives by 30 June 2026 (art. 5): the under-represented sex holds at least 40 % of
the non-executive director positions, or at least 33 % of all director positions. The number
of positions needed is the number closest to that share, but not above 49 % of the positions
(art. 5 and the annex). A company that misses its objective adjusts its selection of directors
(art. 6) and reports yearly on the board's composition and its measures (art. 7); a member
state may suspend art. 6 only (art. 12). Member states had to transpose it by 28 December 2024
(art. 11).

The directive binds the member states; a company meets it through national law. No Dutch act
transposing it was found in force (a letter of formal notice to the Netherlands was published
on 31 January 2025), so this module applies the directive's own objectives and duties as a
benchmark beside the Dutch law, and :func:`transposition` says on any date what is known.

**Not verified**: the annex's table was not read. The numbers below are computed by the library
from the rounding rule; the researchers' computed table for boards of 1 to 20 agrees with them.

>>> [positions_needed(n, "non_executive_40") for n in range(1, 11)]
[0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
>>> [positions_needed(n, "all_directors_33") for n in range(1, 11)]
[0, 0, 1, 1, 2, 2, 2, 3, 3, 3]

Checking a board on a date:

>>> from datetime import date
>>> from ingroeiquotum.composition import Composition
>>> rvc = Composition(men=6, women=3)
>>> finding = check_objective(None, rvc, date(2026, 6, 30))
>>> finding.verdict.value, finding.facts["positions_needed"]
('not_compliant', 4)
>>> check_objective(None, rvc, date(2026, 6, 29)).verdict.value
'not_applicable'

More information: https://eur-lex.europa.eu/eli/dir/2022/2381 and ``docs/eu.md``.
"""

from __future__ import annotations

__all__ = [
    "EU_MEMBER_STATES",
    "LETTER_OF_FORMAL_NOTICE",
    "OBJECTIVES_DUE",
    "RULE_VERSION",
    "TRANSPOSITION_DEADLINE",
    "AnnualInformation",
    "CombinedEvaluation",
    "Duty",
    "Listing",
    "Objective",
    "SelectionProcess",
    "annual_information",
    "check_annual_information",
    "check_objective",
    "check_selection",
    "directors",
    "evaluate_combined",
    "in_scope",
    "positions_needed",
    "transposition",
]

import enum
import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, NoRuleInForce
from ingroeiquotum.law import readings
from ingroeiquotum.law.bw2 import quota, scope
from ingroeiquotum.law.citations import (
    DIRECTIVE_START,
    EU_2022_2381_2,
    EU_2022_2381_3,
    EU_2022_2381_4,
    EU_2022_2381_5,
    EU_2022_2381_6,
    EU_2022_2381_6_1,
    EU_2022_2381_6_2,
    EU_2022_2381_6_3,
    EU_2022_2381_7,
    EU_2022_2381_11,
    EU_2022_2381_12,
    EU_2022_2381_ANNEX,
    Citation,
)
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import SizeLimits
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.model.company import BoardModel, Company, FinancialYear
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.gender import Gender

RULE_VERSION = "2022.1"
"""The version of this module's reading of Directive (EU) 2022/2381."""

OBJECTIVES_DUE = date(2026, 6, 30)
"""The date by which the objective of art. 5 is to be reached."""

TRANSPOSITION_DEADLINE = date(2024, 12, 28)
"""The date by which the member states had to transpose the directive (art. 11)."""

LETTER_OF_FORMAL_NOTICE = date(2025, 1, 31)
"""The date the Commission's letter of formal notice to the Netherlands was published."""

EU_MEMBER_STATES = frozenset((
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
))  # fmt: skip
"""The 27 member states by ISO 3166 code ("EL" for Greece is read as "GR")."""


class Objective(enum.Enum):
    """
    The two objectives of art. 5; a member state chooses one (which one the Netherlands will
    choose is not known).

    .. versionadded:: 0.1.0
    """

    NON_EXECUTIVE_40 = "non_executive_40"
    """At least 40 % of the non-executive director positions (with individual objectives for
    the executive directors)."""
    ALL_DIRECTORS_33 = "all_directors_33"
    """At least 33 % of all director positions, executive and non-executive together."""

    @classmethod
    def parse(cls, value: object, field: str = "objective") -> Objective:
        """
        The objective named by ``value``: a member or its value as a string.

        >>> Objective.parse("all_directors_33")
        <Objective.ALL_DIRECTORS_33: 'all_directors_33'>
        """
        return _validate.member(cls, value, field)

    @property
    def share(self) -> Fraction:
        """
        The objective's share of the positions (a dated parameter, read at the due date).

        >>> Objective.NON_EXECUTIVE_40.share, Objective.ALL_DIRECTORS_33.share
        (Fraction(2, 5), Fraction(33, 100))
        """
        key = (
            "women_on_boards.non_executive_share"
            if self is Objective.NON_EXECUTIVE_40
            else "women_on_boards.all_directors_share"
        )
        value: Fraction = _parameter(key).at(OBJECTIVES_DUE)
        return value


def positions_needed(positions: int, objective: Objective | str) -> int:
    """
    The number of ``positions`` the under-represented sex must hold to meet ``objective``
    (``"non_executive_40"`` or ``"all_directors_33"``).

    The directive's rule: the number closest to the objective's share of the positions, but
    not above 49 % of them; where two numbers are equally close (33 % of 50 or 150 positions)
    the library takes the higher (reading ``eu.rounding``). Computed, not read from the annex.

    >>> positions_needed(6, "non_executive_40"), positions_needed(9, "non_executive_40")
    (2, 4)
    >>> positions_needed(4, "non_executive_40")  # 2 of 4 would be 50 %, above 49 %
    1
    >>> positions_needed(50, "all_directors_33")  # 16.5: a tie, the higher number
    17

    Raises:
        InvalidCount: if ``positions`` is not a whole number of at least zero (a bool neither).
        InvalidArgument: if ``objective`` is not one of the two objectives.

    """
    count = _validate.count("positions", positions)
    goal = Objective.parse(objective)
    if count == 0:
        return 0
    maximum: Fraction = _parameter("women_on_boards.maximum_share").at(OBJECTIVES_DUE)
    target = goal.share * count
    closest = int(target + Fraction(1, 2))  # round half up: the higher of two equally close
    ceiling = int(maximum * count)  # the most positions not above 49 %
    return min(closest, ceiling)


# -- scope ----------------------------------------------------------------------------------


def _country(field: str, value: object) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
        raise InvalidArgument(field, value, "must be a two-letter country code such as 'NL'")
    code = value.strip().upper()
    return "GR" if code == "EL" else code


def _office(value: object) -> str:
    return _country("registered_office", value)


def _markets(value: object) -> tuple[str, ...]:
    items = _validate.sequence("regulated_markets", value)
    codes = [_country(f"regulated_markets[{index}]", item) for index, item in enumerate(items)]
    return tuple(dict.fromkeys(codes))


def _optional_amount(field: str, value: object) -> Decimal | None:
    return None if value is None else _validate.amount(field, value)


def _employees(value: object) -> Decimal | None:
    return _optional_amount("employees", value)


def _turnover(value: object) -> Decimal | None:
    return _optional_amount("turnover", value)


def _balance_sheet_total(value: object) -> Decimal | None:
    return _optional_amount("balance_sheet_total", value)


@attrs.frozen
class Listing:
    """
    The facts the directive's scope turns on (art. 2 and 3).

    ``registered_office`` is the member state of the company's registered office (its law
    applies, art. 4); ``regulated_markets`` are the states where its shares are admitted to
    trading on a regulated market, as two-letter codes (a listing outside the EU counts for
    nothing here). ``employees`` (persons), ``turnover`` and ``balance_sheet_total`` (euros)
    decide whether it is an SME; ``None`` where not known.

    >>> Listing("nl", ["DE", "de"]).regulated_markets
    ('DE',)

    .. versionadded:: 0.1.0
    """

    registered_office: str = attrs.field(default="NL", converter=_office)
    regulated_markets: tuple[str, ...] = attrs.field(default=(), converter=_markets)
    employees: Decimal | None = attrs.field(default=None, converter=_employees)
    turnover: Decimal | None = attrs.field(default=None, converter=_turnover)
    balance_sheet_total: Decimal | None = attrs.field(default=None, converter=_balance_sheet_total)

    @property
    def eu_markets(self) -> tuple[str, ...]:
        """The member states among ``regulated_markets``."""
        return tuple(code for code in self.regulated_markets if code in EU_MEMBER_STATES)


def _sme(listing: Listing, limits: SizeLimits) -> tuple[bool | None, tuple[str, ...]]:
    """Whether ``listing`` is an SME (``None`` if a missing figure decides) and what is missing."""
    staff = None if listing.employees is None else listing.employees < limits.employees
    turnover = None if listing.turnover is None else listing.turnover <= limits.net_turnover
    balance = (
        None
        if listing.balance_sheet_total is None
        else listing.balance_sheet_total <= limits.total_assets
    )
    money: bool | None = True if (turnover or balance) else None
    if turnover is False and balance is False:
        money = False
    if staff is False or money is False:
        return False, ()
    if staff is True and money is True:
        return True, ()
    missing = ["employees"] if staff is None else []
    if money is None:
        missing.extend(
            name
            for name, value in (("turnover", turnover), ("balance_sheet_total", balance))
            if value is None
        )
    return None, tuple(missing)


_SCOPE_CITATIONS = (EU_2022_2381_2, EU_2022_2381_3, EU_2022_2381_4)


def _not_in_force(rule: str, on: date, citations: tuple[Citation, ...], subject: str) -> Finding:
    return Finding(
        rule=rule,
        rule_version=RULE_VERSION,
        verdict=Verdict.NOT_APPLICABLE,
        on=on,
        message="eu.not_in_force",
        facts={"in_force_from": DIRECTIVE_START},
        citations=citations,
        readings=(readings.EU_BENCHMARK,),
        subject=subject,
    )


def _in_force(on: date) -> bool:
    try:
        _parameter("women_on_boards.in_force").at(on)
    except NoRuleInForce:
        return False
    return True


def _objectives_due(on: date) -> bool:
    due: bool = _parameter("women_on_boards.objectives_due").at(on)
    return due


def in_scope(listing: Listing, on: date, *, subject: str = "") -> Finding:
    """
    Whether the directive reaches the company described by ``listing`` on ``on``: the finding.

    ``APPLIES`` for a listed company (registered office in a member state, shares on a
    regulated market in a member state) that is not an SME; ``NOT_APPLICABLE`` with the reason
    otherwise, and before the directive's entry into force; ``CANNOT_DECIDE`` where a missing
    size figure decides whether it is an SME.

    >>> in_scope(Listing("NL", ["DE"], employees=300), date(2026, 6, 30)).message
    'eu.scope_applies'
    >>> in_scope(Listing("NL", ["DE"], employees=249, turnover=50e6), date(2026, 6, 30)).message
    'eu.scope_sme'
    """
    if not isinstance(listing, Listing):
        raise InvalidArgument("listing", listing, "must be a Listing")
    _validate.day("on", on)
    _validate.text("subject", subject)
    if not _in_force(on):
        return _not_in_force("eu.scope", on, _SCOPE_CITATIONS, subject)
    limits: SizeLimits = _parameter("women_on_boards.sme_limits").at(on)
    facts: dict[str, Any] = {
        "registered_office": listing.registered_office,
        "regulated_markets": listing.eu_markets,
        "employees": listing.employees,
        "turnover": listing.turnover,
        "balance_sheet_total": listing.balance_sheet_total,
        "sme_employees": limits.employees,
        "sme_turnover": limits.net_turnover,
        "sme_balance_sheet_total": limits.total_assets,
    }
    applied: list[Reading] = [readings.EU_BENCHMARK]
    missing: tuple[str, ...] = ()
    if listing.registered_office not in EU_MEMBER_STATES:
        verdict, message = Verdict.NOT_APPLICABLE, "eu.scope_office_outside_eu"
    elif not listing.eu_markets:
        verdict, message = Verdict.NOT_APPLICABLE, "eu.scope_not_listed"
    else:
        applied.append(readings.EU_SME)
        sme, missing = _sme(listing, limits)
        if sme is None:
            verdict, message = Verdict.CANNOT_DECIDE, "eu.scope_sme_unknown"
        elif sme:
            verdict, message = Verdict.NOT_APPLICABLE, "eu.scope_sme"
        else:
            verdict, message = Verdict.APPLIES, "eu.scope_applies"
    return Finding(
        rule="eu.scope",
        rule_version=RULE_VERSION,
        verdict=verdict,
        on=on,
        message=message,
        facts=facts,
        citations=_SCOPE_CITATIONS,
        readings=applied,
        missing=missing,
        subject=subject,
    )


# -- the objective --------------------------------------------------------------------------


def _optional_composition(field: str, value: object) -> Composition | None:
    if value is not None and not isinstance(value, Composition):
        raise InvalidArgument(field, value, "must be a Composition or None")
    return value


def _total(first: Composition, second: Composition) -> Composition:
    return Composition(
        first.men + second.men,
        first.women + second.women,
        first.other + second.other,
        first.unknown + second.unknown,
    )


def _best_minimum(composition: Composition) -> int:
    """The highest count of the smaller sex that some assignment of the unknown members gives."""
    men, women, unknown = composition.men, composition.women, composition.unknown
    return max(min(men + extra, women + unknown - extra) for extra in range(unknown + 1))


_OBJECTIVE_CITATIONS = (EU_2022_2381_5, EU_2022_2381_ANNEX)


def check_objective(
    executives: Composition | None,
    non_executives: Composition | None,
    on: date,
    *,
    objective: Objective | str = Objective.NON_EXECUTIVE_40,
    subject: str = "",
    two_tier: bool = False,
) -> Finding:
    """
    Whether the board meets the directive's ``objective`` on ``on`` (art. 5): the finding.

    ``executives`` and ``non_executives`` are the compositions of the executive and the
    non-executive directors; in a two-tier company (``two_tier``) the bestuur and the RvC
    (reading ``eu.two_tier_directors``). The 40 % objective counts the non-executive positions
    only, the 33 % objective all positions. ``NOT_APPLICABLE`` before 30 June 2026 (the facts
    still show where the board stands), ``CANNOT_DECIDE`` where members of unknown sex, or a
    missing composition, decide.

    >>> check_objective(None, Composition(4, 2), date(2026, 7, 1)).message
    'eu.objective_met'
    >>> both = check_objective(
    ...     Composition(3, 0), Composition(4, 2), date(2026, 7, 1), objective="all_directors_33"
    ... )
    >>> both.verdict.value, both.facts["positions"], both.facts["positions_needed"]
    ('not_compliant', 9, 3)
    """
    executives = _optional_composition("executives", executives)
    non_executives = _optional_composition("non_executives", non_executives)
    _validate.day("on", on)
    goal = Objective.parse(objective)
    _validate.text("subject", subject)
    _validate.flag("two_tier", two_tier)
    if not _in_force(on):
        return _not_in_force("eu.objective", on, _OBJECTIVE_CITATIONS, subject)
    applied: list[Reading] = [
        readings.EU_BENCHMARK,
        readings.EU_ROUNDING,
        readings.EU_OBJECTIVE_NOT_CHOSEN,
    ]
    if two_tier:
        applied.append(readings.EU_TWO_TIER)
    organs = ("bestuur", "rvc") if two_tier else ("executive", "non_executive")
    needed_parts = (
        ((organs[1], non_executives),)
        if goal is Objective.NON_EXECUTIVE_40
        else ((organs[0], executives), (organs[1], non_executives))
    )
    absent = tuple(f"composition:{organ}" for organ, part in needed_parts if part is None)
    base: dict[str, Any] = {
        "objective": goal,
        "target_share": goal.share,
        "due_on": OBJECTIVES_DUE,
    }
    if absent:
        return Finding(
            rule="eu.objective",
            rule_version=RULE_VERSION,
            verdict=Verdict.CANNOT_DECIDE,
            on=on,
            message="eu.composition_unknown",
            facts=base,
            citations=_OBJECTIVE_CITATIONS,
            readings=applied,
            missing=absent,
            subject=subject,
        )
    counted = Composition(0, 0)
    for _, part in needed_parts:
        assert part is not None
        counted = _total(counted, part)
    positions = counted.members
    needed = positions_needed(positions, goal)
    smaller = min(counted.men, counted.women)
    under: Gender | None = None
    if counted.men != counted.women:
        under = Gender.WOMAN if counted.women < counted.men else Gender.MAN
    facts: dict[str, Any] = {
        **base,
        **counted.as_dict(),
        "positions": positions,
        "positions_needed": needed,
        "under_represented": under,
        "under_represented_count": smaller,
        "under_represented_share": counted.share(Gender.WOMAN if under is None else under),
        "positions_missing": max(0, needed - smaller),
    }
    if counted.other:
        applied.append(readings.EU_OTHER)
    missing: tuple[str, ...] = ()
    if not _objectives_due(on):
        verdict, message = Verdict.NOT_APPLICABLE, "eu.objective_not_yet"
    elif positions == 0:
        verdict, message = Verdict.COMPLIANT, "eu.objective_no_positions"
    elif smaller >= needed:
        verdict, message = Verdict.COMPLIANT, "eu.objective_met"
    elif _best_minimum(counted) >= needed:
        verdict, message = Verdict.CANNOT_DECIDE, "eu.objective_unknown"
        missing = ("members_sex",)
    else:
        verdict, message = Verdict.NOT_COMPLIANT, "eu.objective_missed"
    return Finding(
        rule="eu.objective",
        rule_version=RULE_VERSION,
        verdict=verdict,
        on=on,
        message=message,
        facts=facts,
        citations=_OBJECTIVE_CITATIONS,
        readings=applied,
        missing=missing,
        subject=subject,
    )


def directors(company: Company, on: date) -> tuple[Composition | None, Composition | None]:
    """
    The executive and the non-executive directors of ``company`` on ``on``, as the directive
    counts them: in a two-tier company the bestuur and the RvC (reading
    ``eu.two_tier_directors``). A company without an RvC has no non-executive directors.

    >>> from ingroeiquotum.company import Snapshot
    >>> company = Company("X", "NV", snapshots=[
    ...     Snapshot("bestuur", date(2026, 6, 30), Composition(2, 1)),
    ...     Snapshot("rvc", date(2026, 6, 30), Composition(3, 2))])
    >>> directors(company, date(2026, 6, 30))
    (Composition(men=2, women=1, other=0, unknown=0), Composition(men=3, women=2, other=0, unknown=0))
    """
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    _validate.day("on", on)
    executives = company.composition(company.management_organ, on)
    non_executives = company.composition(company.supervisory_organ, on)
    if non_executives is None and not company.supervisory_board:
        non_executives = Composition(0, 0)
    return executives, non_executives


# -- art. 6: the selection of directors, as a checklist --------------------------------------


class Duty(enum.Enum):
    """
    The items of the selection checklist: the duties of art. 6 for a company that misses its
    objective, and the individual objectives for executive directors under the 40 % objective.

    .. versionadded:: 0.1.0
    """

    CRITERIA_CLEAR_NEUTRAL = "criteria_clear_neutral"
    """Clear criteria, neutral and unambiguous, applied without discrimination throughout the
    selection, from the vacancy notice to the shortlist (art. 6(1))."""
    CRITERIA_SET_IN_ADVANCE = "criteria_set_in_advance"
    """The criteria are set before the selection starts (art. 6(1))."""
    COMPARATIVE_ASSESSMENT = "comparative_assessment"
    """Candidates are selected on a comparative assessment of their qualifications (art. 6(1))."""
    PRIORITY_EQUALLY_QUALIFIED = "priority_equally_qualified"
    """Between equally qualified candidates, priority to the under-represented sex unless an
    objective assessment of the other candidate tips the balance (art. 6(2))."""
    INFORMS_CANDIDATES = "informs_candidates"
    """A candidate considered is told on request the criteria, the comparative assessment and
    any considerations that tipped the balance (art. 6(3))."""
    RECORDS_FOR_BURDEN_OF_PROOF = "records_for_burden_of_proof"
    """The company keeps what it needs to prove that it applied the priority rule, as it bears
    the burden of proof when a candidate challenges it (art. 6; the paragraph was not read)."""
    EXECUTIVE_OBJECTIVES = "executive_objectives"
    """Under the 40 % objective: individual quantitative objectives for a better balance among
    the executive directors (art. 5)."""


_DUTY_CITATIONS: Mapping[Duty, Citation] = MappingProxyType(
    {
        Duty.CRITERIA_CLEAR_NEUTRAL: EU_2022_2381_6_1,
        Duty.CRITERIA_SET_IN_ADVANCE: EU_2022_2381_6_1,
        Duty.COMPARATIVE_ASSESSMENT: EU_2022_2381_6_1,
        Duty.PRIORITY_EQUALLY_QUALIFIED: EU_2022_2381_6_2,
        Duty.INFORMS_CANDIDATES: EU_2022_2381_6_3,
        Duty.RECORDS_FOR_BURDEN_OF_PROOF: EU_2022_2381_6,
        Duty.EXECUTIVE_OBJECTIVES: EU_2022_2381_5,
    }
)


def _optional_flag(instance: Any, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, bool):
        raise InvalidArgument(attribute.name, value, "must be True, False or None")


@attrs.frozen
class SelectionProcess:
    """
    A company's recruitment and selection of directors, one answer per item of the checklist:
    ``True`` (the process does it), ``False`` (it does not) or ``None`` (not known).

    The field names are the values of :class:`Duty`.

    .. versionadded:: 0.1.0
    """

    criteria_clear_neutral: bool | None = attrs.field(default=None, validator=_optional_flag)
    criteria_set_in_advance: bool | None = attrs.field(default=None, validator=_optional_flag)
    comparative_assessment: bool | None = attrs.field(default=None, validator=_optional_flag)
    priority_equally_qualified: bool | None = attrs.field(default=None, validator=_optional_flag)
    informs_candidates: bool | None = attrs.field(default=None, validator=_optional_flag)
    records_for_burden_of_proof: bool | None = attrs.field(default=None, validator=_optional_flag)
    executive_objectives: bool | None = attrs.field(default=None, validator=_optional_flag)

    def answer(self, duty: Duty) -> bool | None:
        """The answer for ``duty``."""
        value: bool | None = getattr(self, Duty(duty).value)
        return value


def _suspension(on: date, suspended: bool | None) -> tuple[bool, bool]:
    """Whether art. 6 is suspended on ``on``, and whether that rests on the unknown Dutch choice."""
    if suspended is not None:
        return suspended, False
    status: str = _parameter("women_on_boards.article_12_nl").at(on)
    return status == "suspended", status == "unknown"


def check_selection(
    process: SelectionProcess,
    on: date,
    *,
    objective: Objective | str = Objective.NON_EXECUTIVE_40,
    meets_objective: bool | None = False,
    suspended: bool | None = None,
    subject: str = "",
) -> tuple[Finding, ...]:
    """
    The selection ``process`` against the checklist on ``on``: one finding per :class:`Duty`.

    The art. 6 duties bind a company that has not reached its objective (``meets_objective``
    false; ``None`` where that is not known, and then a process that falls short gives
    ``CANNOT_DECIDE``), from 30 June 2026 (reading ``eu.selection_from_objectives_date``).
    ``suspended`` says whether the member state has suspended art. 6 under art. 12; ``None``
    looks up the Dutch choice, which is not known (reading ``eu.article_12_unknown``), so art. 6
    is applied. The individual objectives for executive directors are a duty under the 40 %
    objective only, whether or not the objective is met.

    >>> process = SelectionProcess(criteria_clear_neutral=True, informs_candidates=False)
    >>> [f.verdict.value for f in check_selection(process, date(2026, 9, 1))][:5]
    ['compliant', 'cannot_decide', 'cannot_decide', 'cannot_decide', 'not_compliant']
    """
    if not isinstance(process, SelectionProcess):
        raise InvalidArgument("process", process, "must be a SelectionProcess")
    _validate.day("on", on)
    goal = Objective.parse(objective)
    for name, flag in (("meets_objective", meets_objective), ("suspended", suspended)):
        if flag is not None and not isinstance(flag, bool):
            raise InvalidArgument(name, flag, "must be True, False or None")
    _validate.text("subject", subject)
    return tuple(
        _judge_duty(duty, process.answer(duty), on, goal, meets_objective, suspended, subject)
        for duty in Duty
    )


def _judge_duty(
    duty: Duty,
    answer: bool | None,
    on: date,
    goal: Objective,
    meets_objective: bool | None,
    suspended: bool | None,
    subject: str,
) -> Finding:
    citations: tuple[Citation, ...] = (_DUTY_CITATIONS[duty],)
    if not _in_force(on):
        return _not_in_force("eu.selection", on, citations, subject)
    facts: dict[str, Any] = {
        "duty": duty,
        "objective": goal,
        "due_on": OBJECTIVES_DUE,
        "meets_objective": meets_objective,
    }
    applied: list[Reading] = [readings.EU_BENCHMARK]
    missing: tuple[str, ...] = ()
    if duty is Duty.EXECUTIVE_OBJECTIVES:
        applied.append(readings.EU_OBJECTIVE_NOT_CHOSEN)
        if goal is not Objective.NON_EXECUTIVE_40:
            verdict, message = Verdict.NOT_APPLICABLE, "eu.executive_objectives_not_required"
        elif not _objectives_due(on):
            verdict, message = Verdict.NOT_APPLICABLE, "eu.duty_not_yet"
        else:
            verdict, message, missing = _answer_verdict(duty, answer, bound=True)
    else:
        applied.append(readings.EU_SELECTION_FROM_DUE_DATE)
        is_suspended, unknown_choice = _suspension(on, suspended)
        if unknown_choice:
            applied.append(readings.EU_ARTICLE_12_UNKNOWN)
        if not _objectives_due(on):
            verdict, message = Verdict.NOT_APPLICABLE, "eu.duty_not_yet"
        elif is_suspended:
            verdict, message = Verdict.NOT_APPLICABLE, "eu.duty_suspended"
            citations = (*citations, EU_2022_2381_12)
        elif meets_objective:
            verdict, message = Verdict.NOT_APPLICABLE, "eu.duty_not_required"
        else:
            verdict, message, missing = _answer_verdict(
                duty, answer, bound=meets_objective is False
            )
    return Finding(
        rule="eu.selection",
        rule_version=RULE_VERSION,
        verdict=verdict,
        on=on,
        message=message,
        facts=facts,
        citations=citations,
        readings=applied,
        missing=missing,
        subject=subject,
    )


def _answer_verdict(
    duty: Duty, answer: bool | None, *, bound: bool
) -> tuple[Verdict, str, tuple[str, ...]]:
    """The verdict on one item; ``bound`` is whether the company is known to be bound by it."""
    if answer is None:
        return Verdict.CANNOT_DECIDE, "eu.duty_unknown", (duty.value,)
    if answer:
        return Verdict.COMPLIANT, "eu.duty_met", ()
    if bound:
        return Verdict.NOT_COMPLIANT, "eu.duty_not_met", ()
    return Verdict.CANNOT_DECIDE, "eu.duty_not_met_if_missed", ("meets_objective",)


# -- art. 7: the yearly information ----------------------------------------------------------


def _texts(field: str, value: object) -> tuple[str, ...]:
    items = _validate.sequence(field, value)
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise InvalidArgument(f"{field}[{index}]", item, "must be a non-empty string")
    return tuple(items)


def _measures(value: object) -> tuple[str, ...]:
    return _texts("measures", value)


def _planned_measures(value: object) -> tuple[str, ...]:
    return _texts("planned_measures", value)


def _objective_field(value: object) -> Objective:
    return Objective.parse(value)


def _optional_text(instance: Any, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidArgument(attribute.name, value, "must be a string or None")


def _composition_field(instance: Any, attribute: Any, value: Any) -> None:
    _optional_composition(attribute.name, value)


@attrs.frozen
class AnnualInformation:
    """
    The information a listed company gives once a year (art. 7): the composition of its board
    by sex, executive and non-executive directors apart; the measures taken towards the
    objective; and where it missed the objective, the reasons and the measures it has taken or
    intends to take.

    ``objective_met`` is ``None`` where the objective is not due yet or cannot be decided.

    .. versionadded:: 0.1.0
    """

    company: str = attrs.field(validator=_validate.attrs_text)
    on: date = attrs.field(validator=_validate.attrs_day)
    objective: Objective = attrs.field(converter=_objective_field)
    executives: Composition | None = attrs.field(validator=_composition_field)
    non_executives: Composition | None = attrs.field(validator=_composition_field)
    measures: tuple[str, ...] = attrs.field(default=(), converter=_measures)
    reasons: str | None = attrs.field(default=None, validator=_optional_text)
    planned_measures: tuple[str, ...] = attrs.field(default=(), converter=_planned_measures)
    objective_met: bool | None = attrs.field(default=None, validator=_optional_flag)

    def as_dict(self) -> dict[str, Any]:
        """The information as plain, JSON-ready data."""

        def counts(composition: Composition | None) -> dict[str, int] | None:
            return None if composition is None else composition.as_dict()

        return {
            "company": self.company,
            "on": self.on.isoformat(),
            "objective": self.objective.value,
            "executive_directors": counts(self.executives),
            "non_executive_directors": counts(self.non_executives),
            "objective_met": self.objective_met,
            "measures": list(self.measures),
            "reasons": self.reasons,
            "planned_measures": list(self.planned_measures),
        }


def annual_information(
    company: Company,
    on: date,
    *,
    objective: Objective | str = Objective.NON_EXECUTIVE_40,
    measures: Iterable[str] = (),
    reasons: str | None = None,
    planned_measures: Iterable[str] = (),
) -> AnnualInformation:
    """
    The yearly information of art. 7 for ``company`` on ``on``, from its compositions (see
    :func:`directors`) and the measures, reasons and planned measures given.

    >>> from ingroeiquotum.company import Snapshot
    >>> company = Company("X", "NV", listed=True, snapshots=[
    ...     Snapshot("bestuur", date(2026, 12, 31), Composition(2, 1)),
    ...     Snapshot("rvc", date(2026, 12, 31), Composition(4, 2))])
    >>> annual_information(company, date(2026, 12, 31)).objective_met
    True
    """
    executives, non_executives = directors(company, on)
    finding = check_objective(
        executives,
        non_executives,
        on,
        objective=objective,
        subject=company.name,
        two_tier=company.board_model is BoardModel.TWO_TIER,
    )
    met = {Verdict.COMPLIANT: True, Verdict.NOT_COMPLIANT: False}.get(finding.verdict)
    return AnnualInformation(
        company=company.name,
        on=on,
        objective=objective,
        executives=executives,
        non_executives=non_executives,
        measures=measures,
        reasons=reasons,
        planned_measures=planned_measures,
        objective_met=met,
    )


def check_annual_information(info: AnnualInformation) -> Finding:
    """
    Whether ``info`` holds what art. 7 asks, listing every missing item in ``missing``.

    >>> info = AnnualInformation("X", date(2026, 12, 31), "non_executive_40",
    ...     Composition(2, 1), Composition(5, 1), objective_met=False)
    >>> finding = check_annual_information(info)
    >>> finding.verdict.value, finding.missing
    ('not_compliant', ('measures', 'reasons_missed', 'planned_measures'))
    """
    if not isinstance(info, AnnualInformation):
        raise InvalidArgument("info", info, "must be an AnnualInformation")
    citations = (EU_2022_2381_7,)
    if not _in_force(info.on):
        return _not_in_force("eu.annual_information", info.on, citations, info.company)
    problems = [
        f"composition:{organ}"
        for organ, part in (
            ("executive", info.executives),
            ("non_executive", info.non_executives),
        )
        if part is None
    ]
    if info.objective_met is False:
        if not info.measures:
            problems.append("measures")
        if not (info.reasons or "").strip():
            problems.append("reasons_missed")
        if not info.planned_measures:
            problems.append("planned_measures")
    facts = {
        "problems": len(problems),
        "objective": info.objective,
        "objective_met": info.objective_met,
        "measures": len(info.measures),
    }
    complete = not problems
    return Finding(
        rule="eu.annual_information",
        rule_version=RULE_VERSION,
        verdict=Verdict.COMPLIANT if complete else Verdict.NOT_COMPLIANT,
        on=info.on,
        message="eu.information_complete" if complete else "eu.information_incomplete",
        facts=facts,
        citations=citations,
        readings=(readings.EU_BENCHMARK,),
        missing=problems,
        subject=info.company,
    )


# -- the Dutch transposition -----------------------------------------------------------------


def transposition(on: date, *, subject: str = "") -> Finding:
    """
    What the library knows of the Dutch transposition on ``on``: the finding.

    From the deadline of 28 December 2024 the answer is "not transposed in force as far as
    known" (``NOT_APPLICABLE``: no Dutch rule reaches the company), citing the deadline and,
    from 31 January 2025, the Commission's letter of formal notice. Which objective the
    Netherlands chooses, and whether it suspends art. 6, are not known and never guessed. A
    later release adds the act as a dated value; this function and its finding stay the same.

    >>> finding = transposition(date(2026, 6, 30))
    >>> finding.message, finding.facts["status"]
    ('eu.transposition_not_in_force', 'not_in_force')
    >>> transposition(date(2024, 12, 1)).message
    'eu.transposition_not_due'
    """
    _validate.day("on", on)
    _validate.text("subject", subject)
    applied = (readings.EU_OBJECTIVE_NOT_CHOSEN, readings.EU_ARTICLE_12_UNKNOWN)
    facts: dict[str, Any] = {
        "deadline": TRANSPOSITION_DEADLINE,
        "letter_of_formal_notice": LETTER_OF_FORMAL_NOTICE,
    }
    try:
        entry = _parameter("women_on_boards.transposition_nl").entry(on)
    except NoRuleInForce:
        return Finding(
            rule="eu.transposition",
            rule_version=RULE_VERSION,
            verdict=Verdict.NOT_APPLICABLE,
            on=on,
            message="eu.transposition_not_due",
            facts={**facts, "status": "not_due"},
            citations=(EU_2022_2381_11,),
            readings=applied,
            subject=subject,
        )
    status = str(entry.value)
    citations: tuple[Citation, ...] = tuple(dict.fromkeys((EU_2022_2381_11, entry.citation)))
    notes = ("eu.transposition_letter",) if on >= LETTER_OF_FORMAL_NOTICE else ()
    if status == "not_in_force":
        verdict, message = Verdict.NOT_APPLICABLE, "eu.transposition_not_in_force"
    else:
        verdict, message, notes = Verdict.APPLIES, "eu.transposition_recorded", ()
    return Finding(
        rule="eu.transposition",
        rule_version=RULE_VERSION,
        verdict=verdict,
        on=on,
        message=message,
        facts={**facts, "status": status},
        citations=citations,
        readings=applied,
        subject=subject,
        notes=notes,
    )


# -- both regimes at once --------------------------------------------------------------------


def _facts_view(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@attrs.frozen(eq=False)
class CombinedEvaluation:
    """
    The Dutch law and the directive for one listed company on one date.

    Each regime has its own finding with its own references: ``quota_scope`` and ``quota``
    (art. 2:142b BW; ``quota`` is the balance of the RvC or the non-executive directors where
    the quota applies, else the scope finding that says why not), ``targets`` (the targets duty,
    art. 2:166/2:276 BW, for the latest financial year ended by ``on``; ``None`` without
    financial years), ``eu_scope``, ``eu_objective`` (cited by the directive's ELI) and
    ``transposition``. ``explanations`` are message keys, rendered with ``facts`` by
    :func:`ingroeiquotum.i18n.message`, that say where the regimes differ and why, or that
    they agree.

    .. versionadded:: 0.1.0
    """

    company: str
    on: date
    objective: Objective
    quota_scope: Finding
    quota: Finding
    targets: Finding | None
    eu_scope: Finding
    eu_objective: Finding
    transposition: Finding
    explanations: tuple[str, ...]
    facts: Mapping[str, Any] = attrs.field(converter=_facts_view)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding, Dutch first: quota scope, quota, targets, EU scope, objective, slot."""
        items = (
            self.quota_scope,
            self.quota,
            self.targets,
            self.eu_scope,
            self.eu_objective,
            self.transposition,
        )
        return tuple(item for item in items if item is not None)

    @property
    def agree(self) -> bool:
        """Whether the quota and the directive's objective give the same answer."""
        return "eu.explain.agree" in self.explanations


def _latest_year(company: Company, on: date) -> FinancialYear | None:
    ended = [year for year in company.financial_years if year.end <= on]
    return ended[-1] if ended else None


def _listing_for(company: Company, on: date, listing: Listing | None) -> Listing:
    if listing is None:
        listing = Listing("NL", ("NL",) if company.listed else ())
    elif not isinstance(listing, Listing):
        raise InvalidArgument("listing", listing, "must be a Listing or None")
    if listing.registered_office != "NL":
        raise InvalidArgument(
            "listing.registered_office",
            listing.registered_office,
            "a Dutch NV or BV has its registered office in the Netherlands ('NL')",
        )
    if ("NL" in listing.regulated_markets) != company.listed:
        raise InvalidArgument(
            "listing.regulated_markets",
            listing.regulated_markets,
            f"must include 'NL' exactly when the company is listed in the Netherlands "
            f"(company.listed is {company.listed})",
        )
    year = _latest_year(company, on)
    if year is not None and year.figures is not None:
        figures = year.figures
        listing = attrs.evolve(
            listing,
            employees=figures.employees if listing.employees is None else listing.employees,
            turnover=figures.net_turnover if listing.turnover is None else listing.turnover,
            balance_sheet_total=(
                figures.total_assets
                if listing.balance_sheet_total is None
                else listing.balance_sheet_total
            ),
        )
    return listing


def evaluate_combined(
    company: Company,
    on: date,
    *,
    listing: Listing | None = None,
    objective: Objective | str = Objective.NON_EXECUTIVE_40,
) -> CombinedEvaluation:
    """
    The Dutch quota, the Dutch targets duty and the directive's objective for ``company`` on
    ``on``, each with its own finding, and why they differ.

    ``listing`` gives the member states of its regulated-market listings and its size for the
    SME test; without it the company counts as listed in the Netherlands exactly when
    ``company.listed``. Missing size figures are taken from the latest financial year ended by
    ``on`` (reading ``eu.sme_definition``). The Dutch choice of objective is not known, so the
    caller names the objective (default: 40 % of the non-executive directors).

    >>> from ingroeiquotum.company import Snapshot
    >>> company = Company("Voorbeeld NV", "NV", listed=True, snapshots=[
    ...     Snapshot("bestuur", date(2026, 6, 30), Composition(2, 1)),
    ...     Snapshot("rvc", date(2026, 6, 30), Composition(6, 3))])
    >>> result = evaluate_combined(company, date(2026, 6, 30), listing=Listing(
    ...     "NL", ["NL"], employees=900, turnover=400e6, balance_sheet_total=600e6))
    >>> result.quota.verdict.value, result.eu_objective.verdict.value
    ('compliant', 'not_compliant')
    >>> result.explanations
    ('eu.explain.benchmark', 'eu.explain.quota_met_objective_missed')

    Raises:
        InvalidArgument: if ``listing`` contradicts ``company.listed`` or names a registered
            office outside the Netherlands.

    """
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    _validate.day("on", on)
    goal = Objective.parse(objective)
    facts_listing = _listing_for(company, on, listing)
    quota_scope = scope.quota_applies(company, on)
    quota_finding = quota.check_company(company, on)
    year = _latest_year(company, on)
    targets = scope.targets_duty(company, year.end) if year is not None else None
    eu_scope = in_scope(facts_listing, on, subject=company.name)
    executives, non_executives = directors(company, on)
    objective_finding = check_objective(
        executives,
        non_executives,
        on,
        objective=goal,
        subject=company.name,
        two_tier=company.board_model is BoardModel.TWO_TIER,
    )
    if (
        eu_scope.verdict is Verdict.NOT_APPLICABLE
        and objective_finding.message != "eu.not_in_force"
    ):
        objective_finding = attrs.evolve(
            objective_finding,
            verdict=Verdict.NOT_APPLICABLE,
            message="eu.objective_out_of_scope",
            missing=(),
            citations=(*objective_finding.citations, EU_2022_2381_2),
        )
    slot = transposition(on, subject=company.name)
    facts: dict[str, Any] = {
        "subject": company.name,
        "on": on,
        "objective": goal,
        "target_share": goal.share,
        "due_on": OBJECTIVES_DUE,
        "regulated_markets": facts_listing.eu_markets,
        "members": quota_finding.facts.get("members"),
        "minimum_per_sex": quota_finding.facts.get("minimum_per_sex"),
        "positions": objective_finding.facts.get("positions"),
        "positions_needed": objective_finding.facts.get("positions_needed"),
        "under_represented_count": objective_finding.facts.get("under_represented_count"),
        "lapses_on": _parameter("act.in_force").periods()[-1][1],
    }
    explanations = _explain(quota_scope, quota_finding, targets, eu_scope, objective_finding, goal)
    return CombinedEvaluation(
        company=company.name,
        on=on,
        objective=goal,
        quota_scope=quota_scope,
        quota=quota_finding,
        targets=targets,
        eu_scope=eu_scope,
        eu_objective=objective_finding,
        transposition=slot,
        explanations=explanations,
        facts=facts,
    )


def _category(finding: Finding) -> str:
    """A finding's answer in the terms both regimes share: met, missed, not applicable, open."""
    return {
        Verdict.COMPLIANT: "met",
        Verdict.NOT_COMPLIANT: "missed",
        Verdict.CANNOT_DECIDE: "open",
    }.get(finding.verdict, "not_applicable")


_DIFFERENCES = (
    "eu.explain.directive_not_in_force",
    "eu.explain.outside_quota_inside_directive",
    "eu.explain.quota_without_directive_sme",
    "eu.explain.quota_lapsed",
    "eu.explain.objective_not_yet",
    "eu.explain.quota_met_objective_missed",
    "eu.explain.objective_met_quota_missed",
)


def _explain(
    quota_scope: Finding,
    quota_finding: Finding,
    targets: Finding | None,
    eu_scope: Finding,
    objective: Finding,
    goal: Objective,
) -> tuple[str, ...]:
    """
    The explanation keys: the benchmark caveat first, then each difference found and why;
    ``eu.explain.agree`` where both give the same answer, ``eu.explain.undecided`` where one
    of them cannot decide (the directive's scope included), and ``eu.explain.differ`` as a
    safety net for a difference no other key names (no known case reaches it).
    """
    keys: list[str] = []
    quota_applies = quota_scope.verdict is Verdict.APPLIES
    eu_applies = eu_scope.verdict is Verdict.APPLIES
    if eu_scope.message == "eu.not_in_force":
        if quota_applies:
            keys.append("eu.explain.directive_not_in_force")
    elif quota_scope.message == "scope.quota_not_listed" and eu_applies:
        keys.append("eu.explain.outside_quota_inside_directive")
    elif quota_applies and eu_scope.message == "eu.scope_sme":
        keys.append("eu.explain.quota_without_directive_sme")
    elif quota_scope.message == "scope.act_lapsed" and eu_applies:
        keys.append("eu.explain.quota_lapsed")
    if quota_applies and eu_applies and objective.message == "eu.objective_not_yet":
        keys.append("eu.explain.objective_not_yet")
    answers = (
        _category(quota_finding),
        "open" if eu_scope.verdict is Verdict.CANNOT_DECIDE else _category(objective),
    )
    if answers == ("met", "missed"):
        keys.append("eu.explain.quota_met_objective_missed")
    elif answers == ("missed", "met"):
        keys.append("eu.explain.objective_met_quota_missed")
    if goal is Objective.ALL_DIRECTORS_33 and eu_applies:
        keys.append("eu.explain.counts_executives")
    if (
        eu_applies
        and goal is Objective.NON_EXECUTIVE_40
        and targets is not None
        and targets.verdict is Verdict.APPLIES
    ):
        keys.append("eu.explain.executive_targets")
    if not set(_DIFFERENCES) & set(keys):
        if "open" in answers:
            keys.append("eu.explain.undecided")
        elif answers[0] == answers[1]:
            keys.append("eu.explain.agree")
        else:
            keys.append("eu.explain.differ")
    return ("eu.explain.benchmark", *keys)
