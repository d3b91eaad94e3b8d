"""The gender-diversity paragraph for the bestuursverslag (art. 3d Besluit inhoud bestuursverslag)."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.i18n.messages import _fill, _join, _language, catalog, counted, message, render

if TYPE_CHECKING:
    from ingroeiquotum.law.bw2.reporting import OrganReport, OtherCounting, SerReport


def bestuursverslag(report: SerReport, locale: str = "nl") -> str:
    """
    The gender-diversity paragraph for the bestuursverslag (art. 3d Besluit inhoud
    bestuursverslag) in ``locale``: the numbers of men and women at the end of the financial
    year per organ, the quota where it applies, the targets and how far they were reached
    (with the reasons given for a target year that passed unmet), the plan of action.

    The men and women are counted as in the report to the SER: people registered as neither
    sex follow the report's :class:`~ingroeiquotum.reporting.OtherCounting`, and the paragraph
    says which convention that is. Every organ's figures name those people and the members of
    unknown sex, so the numbers add up to the members. Whether the quota is met is the finding
    of :func:`ingroeiquotum.law.bw2.quota.check_balance` on the year's last day (the one rule, which
    also knows when the quota is in force). Before a target's year the target is "not yet
    reached" or "already reached"; "met" and "not met" are said from the target year on.
    """
    from ingroeiquotum.law.bw2.quota import check_balance, reaches
    from ingroeiquotum.law.bw2.reporting import OtherCounting, SerReport
    from ingroeiquotum.law.bw2.targets import Target, TargetForm
    from ingroeiquotum.law.findings import Verdict
    from ingroeiquotum.model.plan import Lever

    if not isinstance(report, SerReport):
        raise InvalidArgument("report", report, "must be a SerReport")
    language = _language(locale)
    year_end = report.financial_year.end

    def say(key: str, **params: Any) -> str:
        return message(key, language, **params)

    parts = [say("disclosure.intro", on=year_end)]
    figures = []
    other = 0
    for line in report.organs:
        if line.composition is None:
            figures.append(say("disclosure.organ_unknown", organ=str(line.organ)))
            continue
        other += line.composition.other
        figures.append(_organ_figures(line, report.other_counting, language))
    parts.append("; ".join(figures) + ".")
    if other:
        key = (
            "disclosure.other_counted"
            if report.other_counting is OtherCounting.UNDER_REPRESENTED
            else "disclosure.other_not_counted"
        )
        parts.append(say(key, other=other))
    supervisory = [line for line in report.organs if reaches(line.organ)]
    if report.listed and supervisory:
        line = supervisory[0]
        if line.composition is None:
            parts.append(say("disclosure.quota", organ=str(line.organ)))
            parts.append(say("disclosure.quota_unknown"))
        else:
            finding = check_balance(line.composition, year_end, subject=line.organ)
            if finding.verdict is Verdict.NOT_APPLICABLE:
                parts.append(render(finding, language))
            else:
                parts.append(say("disclosure.quota", organ=str(line.organ)))
                if line.composition.other and (
                    report.other_counting is OtherCounting.UNDER_REPRESENTED
                ):
                    parts.append(say("disclosure.quota_other"))
                state = {
                    Verdict.COMPLIANT: "disclosure.quota_met",
                    Verdict.NOT_COMPLIANT: "disclosure.quota_not_met",
                    Verdict.CANNOT_DECIDE: "disclosure.quota_undecided",
                }[finding.verdict]
                parts.append(say(state, **finding.facts))

    def target_text(target: Target) -> str:
        form = {
            TargetForm.EACH_SEX: "disclosure.target_each_sex",
            TargetForm.WOMEN_SHARE: "disclosure.target_women_share",
            TargetForm.WOMEN_COUNT: "disclosure.target_women_count",
        }[target.form]
        return say(form, target=target.value)

    def status(target: Target, met: bool | None, reason: str | None) -> str:
        if met is None:
            return say("disclosure.status_unknown")
        if year_end.year < target.target_year:  # the target year lies ahead
            key = "disclosure.status_reached" if met else "disclosure.status_not_yet"
        elif met:
            key = "disclosure.status_met"
        else:
            key = "disclosure.status_not_met_reason" if reason else "disclosure.status_not_met"
        return say(key, target_year=target.target_year, reason=reason)

    items = []
    for line in report.organs:
        if line.target is None:
            continue
        items.append(
            say(
                "disclosure.target",
                organ=line.target.key,
                target_text=target_text(line.target),
                status=status(line.target, line.target_met, line.reason),
            )
        )
    for target in report.flow_targets:
        items.append(
            say(
                "disclosure.target",
                organ=target.key,
                target_text=target_text(target),
                status=status(target, None, None),
            )
        )
    if items:
        parts.append(f"{say('disclosure.targets')} " + "; ".join(items) + ".")
    else:
        parts.append(say("disclosure.no_targets"))
    if report.plan is not None and report.plan.measures:
        levers = [lever for lever in Lever if lever in report.plan.levers]
        parts.append(
            say(
                "disclosure.plan",
                measures=len(report.plan.measures),
                levers="; ".join(say(f"lever.{lever.value}") for lever in levers),
            )
        )
    else:
        parts.append(say("disclosure.no_plan"))
    return " ".join(parts)


def _organ_figures(line: OrganReport, counting: OtherCounting, language: str) -> str:
    """
    One organ's figures in the bestuursverslag, counted as in the report to the SER: people
    registered as neither sex with the under-represented sex ("19 women (including 1 person
    registered as neither sex)") or named apart, and the members of unknown sex named apart.
    """
    from ingroeiquotum.law.bw2.reporting import _report_other

    composition = line.composition
    assert composition is not None
    men, women = line.reported_men, line.reported_women
    if men is None or women is None:
        men, women = _report_other(composition, counting)
    with_women, with_men = women - composition.women, men - composition.men
    apart = composition.other - with_women - with_men

    def group(key: str, count: int, added: int) -> str:
        text = counted(key, count, language)
        if added > 0:
            return message("disclosure.including", language, counted=text, other=added)
        return text

    parts = [group("count.women", women, with_women), group("count.men", men, with_men)]
    if apart > 0:
        parts.append(counted("count.other", apart, language))
    if composition.unknown:
        parts.append(counted("count.unknown", composition.unknown, language))
    members = composition.members
    totals = _fill(
        catalog(language)["figures.total"],
        language,
        {"parts": _join(parts, language), "members": members},
    )
    share = Fraction(women, members) if members else None
    return message(
        "disclosure.organ", language, organ=str(line.organ), figures=totals, share_women=share
    )
