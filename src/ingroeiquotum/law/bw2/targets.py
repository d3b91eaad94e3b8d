"""
Targets (*streefcijfers*), art. 2:166 lid 2 (NV) and art. 2:276 lid 2 (BV) BW.

A large company sets appropriate and ambitious targets (*passende en ambitieuze streefcijfers*)
for the ratio of men and women in its bestuur, its RvC (unless the quota of art. 2:142b BW
applies to it) and the categories of managerial employees it defines itself (the *subtop*).
Where the bestuur and the RvC each consist of one person, one joint target for both is allowed.

The law prescribes no form. The SER's form is a minimum share that applies to both sexes ("at
least 30 % women and at least 30 % men") by a target year; a share or number of women works too.
Targets on a flow (the share of women among those appointed or promoted) are recommended by the
SER dialogue sessions.

>>> from datetime import date
>>> from ingroeiquotum.composition import Composition
>>> target = Target("bestuur", TargetForm.EACH_SEX, "40%", target_year=2027)
>>> finding = check_attainable(target, members=2, on=date(2025, 12, 31))
>>> finding.message, finding.facts["persons_needed"], finding.facts["effective_share"]
('targets.attainable_rounded', 1, Fraction(1, 2))
>>> check_ambition(target, Composition(men=2, women=0), date(2025, 12, 31)).verdict.value
'compliant'
"""

from __future__ import annotations

__all__ = [
    "BALANCE_SHARE",
    "RULE_VERSION",
    "Flow",
    "FlowName",
    "Share",
    "Target",
    "TargetForm",
    "TargetFormName",
    "check_ambition",
    "check_attainable",
    "check_flow_targets",
    "check_presence",
    "check_progress",
    "evaluate",
    "gaps",
    "measure",
    "met",
    "parse_share",
    "persons_for_share",
    "persons_needed",
    "standing",
]

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Literal, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2 import quota, scope
from ingroeiquotum.law.citations import Citation, for_legal_form
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.model.company import Company, FinancialYear, LegalForm, LegalFormName
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.organs import Organ, OrganKind, OrganLike
from ingroeiquotum.planning import progress

_PRESENT = rules.get("targets.present")
_ATTAINABLE = rules.get("targets.attainable")
_AMBITIOUS = rules.get("targets.ambitious")
_PROGRESS = rules.get("targets.progress")
_FLOW = rules.get("targets.flow")

RULE_VERSION = _PRESENT.version
"""The version of this module's reading of art. 2:166 and 2:276 BW (from :mod:`.rules`)."""

BALANCE_SHARE = Fraction(3, 10)
"""The share of each sex at which an organ counts as balanced for the ambition test (30 %)."""


class TargetForm(enum.Enum):
    """
    The form of a target.

    .. versionadded:: 0.1.0
    """

    EACH_SEX = "each_sex"
    """A minimum share for both sexes: "at least 30 % women and at least 30 % men"."""
    WOMEN_SHARE = "women_share"
    """A minimum share of women."""
    WOMEN_COUNT = "women_count"
    """A minimum number of women."""


class Flow(enum.Enum):
    """
    What a target counts: the organ itself, or the people flowing into it.

    .. versionadded:: 0.1.0
    """

    STOCK = "stock"
    """The composition of the organ (the statutory target)."""
    INFLOW = "inflow"
    """The share of women among those appointed to the organ in a year (*instroom*)."""
    PROMOTION = "promotion"
    """The share of women among those promoted into the organ in a year (*doorstroom*)."""


TargetFormName: TypeAlias = Literal["each_sex", "women_share", "women_count"]
"""The value of each :class:`TargetForm`, for type checkers."""

FlowName: TypeAlias = Literal["stock", "inflow", "promotion"]
"""The value of each :class:`Flow`, for type checkers."""

Share: TypeAlias = Fraction | Decimal | float | int | str
"""
A target's value as :class:`Target` takes it: a share (a number, or text such as ``"30%"``,
``"0.3"`` or ``"3/10"``), or for :attr:`TargetForm.WOMEN_COUNT` a whole number.
"""


def parse_share(value: object) -> Fraction:
    """
    A share from a Fraction, Decimal, float, int or a string such as "30%", "0.3" or "3/10".

    >>> parse_share("30%"), parse_share("1/3"), parse_share(0.25)
    (Fraction(3, 10), Fraction(1, 3), Fraction(1, 4))

    Raises:
        InvalidArgument: for anything else, or a share below 0 % or above 100 %.
    """
    if isinstance(value, bool):
        raise InvalidArgument("value", value, "must be a share between 0 and 1, or 'NN%'")
    try:
        if isinstance(value, str):
            text = value.strip().replace(",", ".")
            if text.endswith("%"):
                number = Fraction(Decimal(text[:-1].strip())) / 100
            elif "/" in text:
                number = Fraction(text)
            else:
                number = Fraction(Decimal(text))
        elif isinstance(value, Fraction | int):
            number = Fraction(value)
        elif isinstance(value, Decimal | float):
            number = Fraction(Decimal(str(value)))
        else:
            raise InvalidArgument("value", value, "must be a share between 0 and 1, or 'NN%'")
    except (InvalidOperation, ValueError, OverflowError, ZeroDivisionError):
        raise InvalidArgument("value", value, "must be a share between 0 and 1, or 'NN%'") from None
    if number < 0:
        raise InvalidArgument("value", value, "a target cannot be below 0 %")
    if number > 1:
        raise InvalidArgument("value", value, "a target cannot be above 100 %")
    return number


def _accept(value: Share) -> Fraction | int:
    """Accept any value here; ``__attrs_post_init__`` converts it by the target's form."""
    return value  # type: ignore[return-value]


def _organ(value: OrganLike) -> Organ:
    return Organ.parse(value)


def _optional_organ(value: OrganLike | None) -> Organ | None:
    return None if value is None else Organ.parse(value)


def _form(value: TargetForm | TargetFormName) -> TargetForm:
    return _validate.member(TargetForm, value, "form")


def _flow(value: Flow | FlowName) -> Flow:
    return _validate.member(Flow, value, "flow")


def _year(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise InvalidArgument(field, value, "must be a year (an int between 1900 and 2200)")
    return value


def _target_year(value: int) -> int:
    return _year("target_year", value)


def _base_year(value: int | None) -> int | None:
    return None if value is None else _year("base_year", value)


@attrs.frozen
class Target:
    """
    A target for one organ (or a joint target for a one-person bestuur and RvC).

    ``value`` is a share between 0 and 1 (a Fraction, a Decimal, or a string such as "30%")
    for the share forms, and a whole number for :attr:`TargetForm.WOMEN_COUNT`.
    ``base_year`` is the financial year the target starts from (for the path to it);
    ``joint_with`` names the other organ of a joint target (art. 2:276 lid 2 BW).

    >>> Target("rvc", "each_sex", "33%", target_year=2027).value
    Fraction(33, 100)
    >>> Target("rvc", "each_sex", "120%", target_year=2027)
    Traceback (most recent call last):
    ...
    ingroeiquotum.exceptions.InvalidArgument: value: a target cannot be above 100 %, got '120%'

    .. versionadded:: 0.1.0
    """

    organ: Organ = attrs.field(converter=_organ)
    form: TargetForm = attrs.field(converter=_form)
    value: Fraction | int = attrs.field(converter=_accept)
    target_year: int = attrs.field(converter=_target_year, kw_only=True)
    base_year: int | None = attrs.field(default=None, converter=_base_year, kw_only=True)
    flow: Flow = attrs.field(default=Flow.STOCK, converter=_flow, kw_only=True)
    joint_with: Organ | None = attrs.field(default=None, converter=_optional_organ, kw_only=True)
    set_on: date | None = attrs.field(
        default=None, validator=_validate.attrs_optional_day, kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        if self.form is TargetForm.WOMEN_COUNT:
            object.__setattr__(self, "value", _validate.count("value", self.value))
        else:
            object.__setattr__(self, "value", parse_share(self.value))
        if self.base_year is not None and self.target_year < self.base_year:
            raise InvalidArgument(
                "target_year",
                self.target_year,
                f"must not be before the base year ({self.base_year})",
            )
        if self.joint_with is not None:
            pair = {self.organ.kind, self.joint_with.kind}
            if pair not in ({OrganKind.BESTUUR, OrganKind.RVC},
                            {OrganKind.EXECUTIVE, OrganKind.NON_EXECUTIVE}):  # fmt: skip
                raise InvalidArgument(
                    "joint_with",
                    str(self.joint_with),
                    "a joint target covers the bestuur and the RvC (art. 2:276 lid 2 BW)",
                )
            if self.flow is not Flow.STOCK:
                raise InvalidArgument("flow", self.flow.value, "a joint target counts the stock")

    @property
    def key(self) -> str:
        """A key naming what the target is about: ``"rvc"``, ``"inflow:subtop:Directors"``."""
        return str(self.organ) if self.flow is Flow.STOCK else f"{self.flow.value}:{self.organ}"

    @property
    def organs(self) -> tuple[Organ, ...]:
        """The organ, and for a joint target the other organ too."""
        return (self.organ,) if self.joint_with is None else (self.organ, self.joint_with)


def _check_target(value: object, field: str = "target") -> Target:
    if not isinstance(value, Target):
        raise InvalidArgument(field, value, "must be a Target")
    return value


def _check_targets(value: object) -> tuple[Target, ...]:
    return _validate.instances("targets", value, Target)


def measure(target: Target, composition: Composition) -> Fraction | int | None:
    """
    Where ``composition`` stands on the scale of ``target``: the share of the less represented
    sex (each-sex form), the share of women, or the number of women. ``None`` for an empty
    organ (a share of nothing).

    >>> measure(Target("rvc", "each_sex", "30%", target_year=2027), Composition(4, 2))
    Fraction(1, 3)
    """
    _check_target(target)
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    if target.form is TargetForm.WOMEN_COUNT:
        return composition.women
    if composition.members == 0:
        return None
    if target.form is TargetForm.WOMEN_SHARE:
        return Fraction(composition.women, composition.members)
    return Fraction(min(composition.women, composition.men), composition.members)


def persons_needed(target: Target, members: int) -> int:
    """
    The number of women (and, for the each-sex form, of men) an organ of ``members`` members
    needs to meet ``target``, in whole persons.

    >>> persons_needed(Target("bestuur", "each_sex", "40%", target_year=2027), 2)
    1
    >>> persons_needed(Target("rvc", "women_share", "30%", target_year=2027), 7)
    3
    """
    _check_target(target)
    _validate.count("members", members)
    if target.form is TargetForm.WOMEN_COUNT:
        return int(target.value)
    return persons_for_share(Fraction(target.value), members)


def gaps(target: Target, composition: Composition) -> tuple[int, int]:
    """
    The women and the men an organ lacks to meet ``target``, in whole persons, counting members
    of unknown sex as neither (the men only for the each-sex form).

    >>> gaps(Target("rvc", "each_sex", "30%", target_year=2027), Composition(9, 4, unknown=1))
    (1, 0)
    """
    _check_target(target)
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    needed = persons_needed(target, composition.members)
    women_gap = needed - composition.women if needed > composition.women else 0
    if target.form is not TargetForm.EACH_SEX or needed <= composition.men:
        return women_gap, 0
    return women_gap, needed - composition.men


def met(target: Target, composition: Composition) -> bool | None:
    """
    Whether ``composition`` meets ``target``: the one decision that every path uses (progress,
    the SER report, the bulk rows).

    Members of unknown sex are handled as the quota handles them: the answer is given only when
    every assignment of their sexes gives it, else ``None`` (the women and men that would have
    to be among them are :func:`gaps`). ``None`` too for an empty organ and a share target,
    which has no ratio to meet.

    >>> target = Target("rvc", "each_sex", "30%", target_year=2027)
    >>> met(target, Composition(9, 5)), met(target, Composition(10, 4))
    (True, False)
    >>> met(target, Composition(9, 4, unknown=1))  # 5 women needed of 14: is the 14th a woman?

    """
    women_gap, men_gap = gaps(target, composition)
    if composition.members == 0 and target.form is not TargetForm.WOMEN_COUNT:
        return None
    verdict = quota.classify(men_gap, women_gap, composition.unknown)
    return None if verdict is Verdict.CANNOT_DECIDE else verdict is Verdict.COMPLIANT


def persons_for_share(share: Fraction, members: int) -> int:
    """
    The least whole number of persons that is at least ``share`` of ``members``.

    >>> persons_for_share(Fraction(2, 5), 2), persons_for_share(Fraction(3, 10), 10)
    (1, 3)
    """
    if not isinstance(share, Fraction) or not 0 <= share <= 1:
        raise InvalidArgument("share", share, "must be a Fraction from 0 to 1")
    _validate.count("members", members)
    return -(-share.numerator * members // share.denominator)


def _finding(
    rule: rules.Rule,
    verdict: Verdict,
    on: date,
    message: str,
    facts: dict[str, Any],
    legal_form: LegalForm,
    subject: str,
    applied: Sequence[Reading] = (),
    missing: Sequence[str] = (),
    citations: Sequence[Citation] = (),
) -> Finding:
    """The finding of ``rule``, citing art. 2:166 or 2:276 lid 2 BW unless ``citations``."""
    return rule.finding(
        verdict,
        on,
        message,
        facts=facts,
        citations=citations or (for_legal_form(legal_form, 2),),
        readings=applied,
        missing=missing,
        subject=subject,
    )


def _form_facts(target: Target) -> dict[str, Any]:
    return {
        "target_key": target.key,
        "form": target.form,
        "target": target.value,
        "target_year": target.target_year,
        "base_year": target.base_year,
        "flow": target.flow,
    }


def check_attainable(
    target: Target, members: int, on: date, *, legal_form: LegalForm | LegalFormName = LegalForm.BV
) -> Finding:
    """
    Whether ``target`` can be met in whole persons in an organ of ``members`` members.

    A share is met only by a whole number of persons, so the share that meeting it takes may be
    higher than the target: 40 % in a bestuur of two takes one woman and one man, 50 %. A target
    that no composition of that size meets (30 % of each sex in a one-person organ) is not
    appropriate (*passend*) for the organ's size.
    """
    _check_target(target)
    _validate.day("on", on)
    _validate.count("members", members)
    form = LegalForm.parse(legal_form)
    needed = persons_needed(target, members)
    facts = {**_form_facts(target), "members": members, "persons_needed": needed}
    seats_needed = 2 * needed if target.form is TargetForm.EACH_SEX else needed
    if members == 0:
        return _finding(
            _ATTAINABLE, Verdict.CANNOT_DECIDE, on, "targets.empty_organ", facts,
            form, str(target.organ), missing=("members",),
        )  # fmt: skip
    if seats_needed > members:
        return _finding(
            _ATTAINABLE, Verdict.NOT_COMPLIANT, on, "targets.unattainable", facts,
            form, str(target.organ), applied=[readings.TARGET_WHOLE_PERSONS],
        )  # fmt: skip
    if target.form is TargetForm.WOMEN_COUNT:
        return _finding(
            _ATTAINABLE, Verdict.COMPLIANT, on, "targets.attainable", facts, form,
            str(target.organ),
        )  # fmt: skip
    effective = Fraction(needed, members)
    facts["effective_share"] = effective
    message = "targets.attainable_rounded" if effective > target.value else "targets.attainable"
    return _finding(
        _ATTAINABLE, Verdict.COMPLIANT, on, message, facts, form, str(target.organ),
        applied=[readings.TARGET_WHOLE_PERSONS],
    )  # fmt: skip


def _balanced(composition: Composition) -> bool:
    if composition.members == 0:
        return False
    least = Fraction(min(composition.men, composition.women), composition.members)
    return least >= BALANCE_SHARE


def check_ambition(
    target: Target,
    current: Composition,
    on: date,
    *,
    legal_form: LegalForm | LegalFormName = LegalForm.BV,
) -> Finding:
    """
    Whether ``target`` is ambitious against the organ's composition ``current``.

    Ambitious: the target asks for a more balanced ratio than today. A target of zero is never
    ambitious (an organ without women must aim for at least one). An organ that is already
    balanced (each sex at least 30 %) may set a target that keeps the balance: one that itself
    asks for at least 30 %. Members of unknown sex make it ``CANNOT_DECIDE`` where they matter.
    """
    _check_target(target)
    _validate.day("on", on)
    form = LegalForm.parse(legal_form)
    if not isinstance(current, Composition):
        raise InvalidArgument("current", current, "must be a Composition")
    subject = str(target.organ)
    now = measure(target, current)
    facts = {**_form_facts(target), **current.as_dict(), "current": now}
    if target.value == 0:
        return _finding(_AMBITIOUS, Verdict.NOT_COMPLIANT, on, "targets.zero", facts, form, subject)
    if now is None or current.members == 0:  # a count of women has a measure, but no ratio
        return _finding(
            _AMBITIOUS, Verdict.CANNOT_DECIDE, on, "targets.empty_organ", facts, form,
            subject, missing=("members",),
        )  # fmt: skip
    outcomes = set()
    for extra_men in range(current.unknown + 1):
        for extra_women in range(current.unknown - extra_men + 1):
            trial = Composition(
                current.men + extra_men,
                current.women + extra_women,
                current.other + current.unknown - extra_men - extra_women,
            )
            higher = _more_balanced(target, trial)
            keeps = _balanced(trial) and _target_share(target, trial.members) >= BALANCE_SHARE
            outcomes.add("higher" if higher else "keeps" if keeps else "not")
    if len(outcomes) > 1 and outcomes != {"higher", "keeps"}:
        return _finding(
            _AMBITIOUS, Verdict.CANNOT_DECIDE, on, "targets.ambition_unknown", facts,
            form, subject, missing=("members_sex",),
        )  # fmt: skip
    if "not" in outcomes:
        return _finding(
            _AMBITIOUS, Verdict.NOT_COMPLIANT, on, "targets.not_ambitious", facts,
            form, subject, applied=[readings.TARGET_KEEPS_BALANCE],
        )  # fmt: skip
    if "higher" in outcomes:
        return _finding(
            _AMBITIOUS, Verdict.COMPLIANT, on, "targets.ambitious", facts, form, subject
        )
    return _finding(
        _AMBITIOUS, Verdict.COMPLIANT, on, "targets.keeps_balance", facts, form,
        subject, applied=[readings.TARGET_KEEPS_BALANCE],
    )  # fmt: skip


def _more_balanced(target: Target, composition: Composition) -> bool:
    """
    Whether meeting ``target`` asks for a more balanced ratio than ``composition`` has.

    For the each-sex form: a higher share for the less represented sex. For a share or number
    of women: more women than today, and a ratio closer to half and half (a target of 90 %
    women for an organ with 80 % women asks for less balance, not more).
    """
    now = measure(target, composition)
    if now is None:
        return False
    if target.form is TargetForm.EACH_SEX:
        return target.value > now
    members = composition.members
    share_now = Fraction(composition.women, members)
    share_target = _target_share(target, members)
    if share_target <= share_now:
        return False
    return min(share_target, 1 - share_target) > min(share_now, 1 - share_now)


def _target_share(target: Target, members: int) -> Fraction:
    if target.form is TargetForm.WOMEN_COUNT:
        return Fraction(int(target.value), members) if members else Fraction(0)
    return Fraction(target.value)


def _year_end(company: Company, year: int) -> FinancialYear | None:
    for financial_year in company.financial_years:
        if financial_year.end.year == year:
            return financial_year
    return None


def _flow_composition(company: Company, target: Target, year: FinancialYear) -> Composition | None:
    if not company.seats_of(target.organ):
        return None
    moved = progress.flows(company, target.organ, year.start, year.end)
    return moved.appointed if target.flow is Flow.INFLOW else moved.promoted


def standing(company: Company, target: Target, year: FinancialYear) -> Composition | None:
    """
    The composition ``target`` is measured on at the end of ``year``: the organ's (both organs'
    for a joint target), or for a flow target the year's appointments or promotions; ``None``
    where it is not known.
    """
    return _standing(company, target, year)


def _standing(company: Company, target: Target, year: FinancialYear) -> Composition | None:
    if target.flow is not Flow.STOCK:
        return _flow_composition(company, target, year)
    composition = company.composition(target.organ, year.end)
    if composition is None or target.joint_with is None:
        return composition
    other = company.composition(target.joint_with, year.end)
    if other is None:
        return None
    return Composition(
        composition.men + other.men,
        composition.women + other.women,
        composition.other + other.other,
        composition.unknown + other.unknown,
    )


def check_progress(target: Target, company: Company, financial_year_end: date) -> Finding:
    """
    Where the organ stands against ``target`` at the end of a financial year.

    The verdict is ``COMPLIANT`` when the target is met (or, before its year, when the organ is
    on the straight path from its base year to the target), ``NOT_COMPLIANT`` when the target
    year has ended without meeting it (*targets.missed*) or the organ is behind the path
    (*targets.off_track*), and ``CANNOT_DECIDE`` without a composition. The facts give the gap
    in persons.
    """
    _check_target(target)
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    _validate.day("financial_year_end", financial_year_end)
    year = company.financial_year_ending(financial_year_end)
    form = company.legal_form
    subject = target.key
    composition = _standing(company, target, year)
    facts: dict[str, Any] = {**_form_facts(target), "year": year.end.year}
    if composition is None:
        return _finding(
            _PROGRESS, Verdict.CANNOT_DECIDE, financial_year_end,
            "targets.no_composition", facts, form, subject,
            missing=(f"composition:{target.key}",),
        )  # fmt: skip
    now = measure(target, composition)
    needed = persons_needed(target, composition.members)
    women_gap, men_gap = gaps(target, composition)
    facts.update(
        composition.as_dict(),
        members=composition.members,
        current=now,
        persons_needed=needed,
        women_gap=women_gap,
        men_gap=men_gap,
    )
    if now is None:
        return _finding(
            _PROGRESS, Verdict.CANNOT_DECIDE, financial_year_end,
            "targets.empty_organ", facts, form, subject, missing=("members",),
        )  # fmt: skip
    reached = met(target, composition)
    facts["met"] = reached
    if reached:
        return _finding(
            _PROGRESS, Verdict.COMPLIANT, financial_year_end, "targets.met", facts,
            form, subject,
        )  # fmt: skip
    unknown_sex = reached is None
    if year.end.year >= target.target_year:
        if unknown_sex:
            return _finding(
                _PROGRESS, Verdict.CANNOT_DECIDE, financial_year_end,
                "targets.progress_unknown", facts, form, subject, missing=("members_sex",),
                applied=[readings.TARGET_UNKNOWN_SEX],
            )  # fmt: skip
        return _finding(
            _PROGRESS, Verdict.NOT_COMPLIANT, financial_year_end, "targets.missed",
            facts, form, subject,
        )  # fmt: skip
    base = _base(company, target)
    if base is None:
        return _finding(
            _PROGRESS, Verdict.CANNOT_DECIDE, financial_year_end,
            "targets.no_base", facts, form, subject, missing=(f"base:{target.key}",),
        )  # fmt: skip
    base_year, base_value = base
    span = target.target_year - base_year
    done = year.end.year - base_year
    expected = (
        Fraction(target.value)
        if span <= 0
        else Fraction(base_value) + (Fraction(target.value) - Fraction(base_value)) * done / span
    )
    # The measure counts members of unknown sex as neither: the lowest it can be; the best
    # assignment of their sexes gives the highest. On the path at the lowest, the organ is on
    # it whatever their sexes; below it at the highest, it is behind whatever they are.
    on_track = Fraction(now) >= expected
    facts.update(base_year=base_year, base=base_value, expected=expected, on_track=on_track)
    if unknown_sex or composition.unknown:
        best = _best_measure(target, composition)
        threshold = min(Fraction(target.value), expected)  # met, or on the path
        if not on_track and best is not None and Fraction(best) >= threshold:
            facts["on_track"] = None
            return _finding(
                _PROGRESS, Verdict.CANNOT_DECIDE, financial_year_end,
                "targets.progress_unknown", facts, form, subject, missing=("members_sex",),
                applied=[readings.TARGET_STRAIGHT_PATH, readings.TARGET_UNKNOWN_SEX],
            )  # fmt: skip
    return _finding(
        _PROGRESS,
        Verdict.COMPLIANT if on_track else Verdict.NOT_COMPLIANT,
        financial_year_end,
        "targets.on_track" if on_track else "targets.off_track",
        facts,
        form,
        subject,
        applied=[readings.TARGET_STRAIGHT_PATH],
    )


def _best_measure(target: Target, composition: Composition) -> Fraction | int | None:
    """The highest :func:`measure` any assignment of the unknown members' sexes gives."""
    unknown = composition.unknown
    if target.form is not TargetForm.EACH_SEX:
        best = Composition(composition.men, composition.women + unknown, composition.other)
        return measure(target, best)
    low, high = sorted((composition.men, composition.women))
    lift = min(unknown, high - low)
    low += lift + (unknown - lift) // 2
    return measure(target, Composition(low, low, composition.members - 2 * low))


def _base(company: Company, target: Target) -> tuple[int, Fraction | int] | None:
    """The base year and the measure then: the target's base year, else the first one known."""
    years = [
        year
        for year in company.financial_years
        if target.base_year is None or year.end.year == target.base_year
    ]
    for year in years:
        composition = _standing(company, target, year)
        if composition is not None:
            value = measure(target, composition)
            if value is not None:
                return year.end.year, value
    return None


def check_presence(
    company: Company, financial_year_end: date, targets: Iterable[Target]
) -> tuple[Finding, ...]:
    """
    Whether the company has a target for every organ the law names for it, one finding per
    organ (or one ``NOT_APPLICABLE`` finding when the targets duty does not apply).

    A joint target for the bestuur and the RvC counts for both only while each of them
    consists of one person (art. 2:276 lid 2 BW).
    """
    duty = scope.targets_duty(company, financial_year_end)
    chosen = _check_targets(targets)
    if duty.verdict is not Verdict.APPLIES:
        return (attrs.evolve(duty, rule=_PRESENT.id),)
    form = company.legal_form
    findings = []
    for organ_key in duty.facts["organs"]:
        organ = Organ.parse(organ_key) if organ_key != "subtop" else None
        findings.append(_presence(company, financial_year_end, organ, organ_key, chosen, form))
    return tuple(findings)


def _presence(
    company: Company,
    on: date,
    organ: Organ | None,
    key: str,
    targets: Sequence[Target],
    form: LegalForm,
) -> Finding:
    stock = [target for target in targets if target.flow is Flow.STOCK]
    if organ is None:
        found = [target for target in stock if target.organ.is_subtop]
    else:
        found = [target for target in stock if organ in target.organs]
    facts: dict[str, Any] = {"organ": key, "targets": tuple(target.key for target in found)}
    if not found:
        return _finding(_PRESENT, Verdict.NOT_COMPLIANT, on, "targets.missing", facts,
                        form, key)  # fmt: skip
    joint = [target for target in found if target.joint_with is not None]
    if joint and len(joint) == len(found):
        sizes = [company.composition(each, on) for each in joint[0].organs]
        facts["organ_sizes"] = tuple(None if size is None else size.members for size in sizes)
        if any(size is None for size in sizes):
            return _finding(
                _PRESENT, Verdict.CANNOT_DECIDE, on, "targets.joint_unknown", facts,
                form, key, missing=tuple(f"composition:{each}" for each in joint[0].organs),
            )  # fmt: skip
        if any(size is not None and size.members != 1 for size in sizes):
            return _finding(
                _PRESENT, Verdict.NOT_COMPLIANT, on, "targets.joint_not_allowed",
                facts, form, key,
            )  # fmt: skip
    return _finding(_PRESENT, Verdict.COMPLIANT, on, "targets.present", facts, form, key)


def check_flow_targets(
    targets: Iterable[Target],
    on: date,
    *,
    subject: str = "",
    legal_form: LegalForm | LegalFormName = "BV",
) -> Finding:
    """
    Whether the company has set a target on inflow or promotion, as the SER dialogue sessions
    recommend (advisory: not a legal duty).
    """
    _validate.day("on", on)
    _validate.text("subject", subject)
    form = LegalForm.parse(legal_form)
    flows = tuple(target.key for target in _check_targets(targets) if target.flow is not Flow.STOCK)
    return _finding(
        _FLOW,
        Verdict.COMPLIANT if flows else Verdict.NOT_COMPLIANT,
        on,
        "targets.flow_present" if flows else "targets.flow_missing",
        {"flow_targets": flows},
        form,
        subject,
        applied=[readings.TARGET_FLOW_ADVICE],
        citations=(for_legal_form(form, 3),),
    )


def evaluate(
    company: Company, financial_year_end: date, targets: Iterable[Target]
) -> tuple[Finding, ...]:
    """
    Every target finding for one financial year: presence per required organ, then for each
    target its attainability, ambition (against the base year, else the year's composition)
    and progress, then the advisory check on flow targets.
    """
    chosen = _check_targets(targets)
    findings = list(check_presence(company, financial_year_end, chosen))
    if findings and findings[0].verdict is Verdict.NOT_APPLICABLE:
        return tuple(findings)
    year = company.financial_year_ending(financial_year_end)
    for target in chosen:
        composition = _standing(company, target, year)
        if composition is not None and target.flow is Flow.STOCK:
            findings.append(
                check_attainable(
                    target, composition.members, financial_year_end,
                    legal_form=company.legal_form,
                )
            )  # fmt: skip
            base = _base_composition(company, target) or composition
            findings.append(
                check_ambition(target, base, financial_year_end, legal_form=company.legal_form)
            )
        findings.append(check_progress(target, company, financial_year_end))
    findings.append(
        check_flow_targets(
            chosen, financial_year_end, subject=company.name, legal_form=company.legal_form
        )
    )
    return tuple(findings)


def _base_composition(company: Company, target: Target) -> Composition | None:
    if target.base_year is None:
        return None
    year = _year_end(company, target.base_year)
    return None if year is None else _standing(company, target, year)
