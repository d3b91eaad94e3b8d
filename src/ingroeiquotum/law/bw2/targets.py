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

from collections.abc import Iterable, Sequence
from datetime import date
from fractions import Fraction
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2 import scope
from ingroeiquotum.law.bw2.target_standing import (
    _base,
    _base_composition,
    _best_measure,
    _check_target,
    _check_targets,
    _standing,
    gaps,
    measure,
    met,
    persons_for_share,
    persons_needed,
    standing,
)
from ingroeiquotum.law.citations import Citation, for_legal_form
from ingroeiquotum.law.findings import Finding, Findings, Reading, Verdict
from ingroeiquotum.model.company import Company, LegalForm, LegalFormName
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.organs import Organ
from ingroeiquotum.model.target import (
    Flow,
    FlowName,
    Share,
    Target,
    TargetForm,
    TargetFormName,
    parse_share,
)

_PRESENT = rules.get("targets.present")
_ATTAINABLE = rules.get("targets.attainable")
_AMBITIOUS = rules.get("targets.ambitious")
_PROGRESS = rules.get("targets.progress")
_FLOW = rules.get("targets.flow")

RULE_VERSION = _PRESENT.version
"""The version of this module's reading of art. 2:166 and 2:276 BW (from :mod:`.rules`)."""

BALANCE_SHARE = Fraction(3, 10)
"""The share of each sex at which an organ counts as balanced for the ambition test (30 %)."""


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
    on = _validate.day("on", on)
    members = _validate.count("members", members)
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


def _balance_share() -> tuple[Fraction, Reading]:
    """
    The share of the seats each sex holds in a balanced organ, for a target that keeps the
    balance, and the reading that gives it (``targets.keeps_balance``): 30 %, the Wet bestuur
    en toezicht's balanced distribution, or where its alternative is chosen the quota's one
    third. This is the one place that decides it.
    """
    reading = readings.applies(readings.TARGET_KEEPS_BALANCE)
    return (Fraction(1, 3) if reading.alternative_chosen else BALANCE_SHARE), reading


def _balanced(composition: Composition, share: Fraction) -> bool:
    if composition.members == 0:
        return False
    least = Fraction(min(composition.men, composition.women), composition.members)
    return least >= share


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
    on = _validate.day("on", on)
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
    share, keeps_balance = _balance_share()
    outcomes = set()
    for extra_men in range(current.unknown + 1):
        for extra_women in range(current.unknown - extra_men + 1):
            trial = Composition(
                current.men + extra_men,
                current.women + extra_women,
                current.other + current.unknown - extra_men - extra_women,
            )
            higher = _more_balanced(target, trial)
            keeps = _balanced(trial, share) and _target_share(target, trial.members) >= share
            outcomes.add("higher" if higher else "keeps" if keeps else "not")
    if len(outcomes) > 1 and outcomes != {"higher", "keeps"}:
        return _finding(
            _AMBITIOUS, Verdict.CANNOT_DECIDE, on, "targets.ambition_unknown", facts,
            form, subject, missing=("members_sex",),
        )  # fmt: skip
    if "not" in outcomes:
        return _finding(
            _AMBITIOUS, Verdict.NOT_COMPLIANT, on, "targets.not_ambitious", facts,
            form, subject, applied=[keeps_balance],
        )  # fmt: skip
    if "higher" in outcomes:
        return _finding(
            _AMBITIOUS, Verdict.COMPLIANT, on, "targets.ambitious", facts, form, subject
        )
    return _finding(
        _AMBITIOUS, Verdict.COMPLIANT, on, "targets.keeps_balance", facts, form,
        subject, applied=[keeps_balance],
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
    financial_year_end = _validate.day("financial_year_end", financial_year_end)
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
        return Findings((attrs.evolve(duty, rule=_PRESENT.id),))
    form = company.legal_form
    findings = []
    for organ_key in duty.facts["organs"]:
        organ = Organ.parse(organ_key) if organ_key != "subtop" else None
        findings.append(_presence(company, financial_year_end, organ, organ_key, chosen, form))
    return Findings(findings)


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
    on = _validate.day("on", on)
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
        return Findings(findings)
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
    return Findings(findings)
