"""
Reporting (*rapportage*): the annual report to the SER and the bestuursverslag disclosure.

A large company reports to the SER, through its diversiteitsportaal, within ten months after
the end of each financial year (art. 2:166 lid 3 / 2:276 lid 3 BW): the numbers of men and
women at the end of the year in the bestuur, the RvC and each subtop category, its targets and
target years, whether they were met and if not why, and its plan of action. The same figures
go into the bestuursverslag (art. 3d Besluit inhoud bestuursverslag).

>>> from datetime import date
>>> deadline(date(2024, 12, 31))
datetime.date(2025, 10, 31)
>>> deadline(date(2024, 4, 30))
datetime.date(2025, 2, 28)
>>> deadline(date(2023, 4, 30))
datetime.date(2024, 2, 29)

The ten months run to the day with the same number in the tenth month, or to that month's last
day where it has no such day; a report is never due on a later day because of a weekend (the
Algemene termijnenwet does not extend periods longer than three months).
"""

from __future__ import annotations

__all__ = [
    "PUBLISHED_SCHEMA",
    "RULE_VERSION",
    "SCHEMA_VERSION",
    "GroupCompany",
    "OrganReport",
    "OtherCounting",
    "OtherCountingName",
    "SerReport",
    "build_report",
    "check_completeness",
    "check_deadline",
    "check_plan",
    "check_works_council",
    "deadline",
    "evaluate",
]

from collections.abc import Iterable, Mapping
from datetime import date

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import (
    InvalidArgument,
)
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2 import scope
from ingroeiquotum.law.bw2 import targets as target_rules
from ingroeiquotum.law.bw2.ser_report import (
    SCHEMA_VERSION,
    GroupCompany,
    OrganReport,
    OtherCounting,
    OtherCountingName,
    SerReport,
    _other_counting,
    _twelve_months_before,
    deadline,
)
from ingroeiquotum.law.bw2.ser_report import _report_other as _report_other
from ingroeiquotum.law.bw2.targets import Flow, Target
from ingroeiquotum.law.citations import BIBV_3D, for_legal_form
from ingroeiquotum.law.findings import Finding, Findings, Verdict
from ingroeiquotum.model.company import (
    Company,
    LegalForm,
    LegalFormName,
)
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.organs import Organ
from ingroeiquotum.model.plan import Plan

_DEADLINE = rules.get("reporting.deadline")
_COMPLETE = rules.get("reporting.complete")
_PLAN = rules.get("plan.present")
_WORKS_COUNCIL = rules.get("reporting.works_council")

RULE_VERSION = _DEADLINE.version
"""The version of this module's reading of the reporting duties (from :mod:`.rules`)."""


def _report_organs(company: Company) -> list[Organ]:
    """The organs the report covers: management, supervisory (if any), each subtop category."""
    organs = [Organ.parse(company.management_organ)]
    if company.supervisory_board:
        organs.append(Organ.parse(company.supervisory_organ))
    organs.extend(organ for organ in company.organs if organ.is_subtop)
    return organs


def build_report(
    company: Company,
    financial_year_end: date,
    *,
    targets: Iterable[Target] = (),
    plan: Plan | None = None,
    reasons: Mapping[str, str] | None = None,
    other_counting: OtherCounting | OtherCountingName = OtherCounting.UNDER_REPRESENTED,
    works_council_involved: bool | None = None,
    workforce: Composition | None = None,
    group_companies: Iterable[GroupCompany] = (),
    submitted_on: date | None = None,
) -> SerReport:
    """
    The report to the SER for the financial year ending on ``financial_year_end``.

    ``reasons`` maps a target's key (``"bestuur"``, ``"subtop:Directors"``) to the explanation
    of why it was not met. The report holds what the data gives; :func:`check_completeness`
    lists what is missing or inconsistent.

    Raises:
        InvalidDate: if the company has no financial year ending on ``financial_year_end``.
    """
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    year = company.financial_year_ending(financial_year_end)
    chosen = _validate.instances("targets", targets, Target)
    if plan is not None and not isinstance(plan, Plan):
        raise InvalidArgument("plan", plan, "must be a Plan")
    counting = _other_counting(other_counting)
    explanations = _reasons(reasons)
    if workforce is not None and not isinstance(workforce, Composition):
        raise InvalidArgument("workforce", workforce, "must be a Composition or None")
    if works_council_involved is not None and not isinstance(works_council_involved, bool):
        raise InvalidArgument(
            "works_council_involved", works_council_involved, "must be True, False or None"
        )
    groups = _validate.instances("group_companies", group_companies, GroupCompany)
    if submitted_on is not None:
        submitted_on = _validate.day("submitted_on", submitted_on)
    # One decision on the year's coverage (scope.coverage, through targets_duty): a year the act
    # does not cover has no duty whether or not its size figures are known.
    covered = scope.coverage(year.start, year.end).covered
    duty = (
        scope.targets_duty(company, year.end) if year.figures is not None or not covered else None
    )
    large = None
    if duty is not None and duty.verdict is not Verdict.CANNOT_DECIDE:
        large = duty.verdict is Verdict.APPLIES
    lines = []
    for organ in _report_organs(company):
        composition = company.composition(organ, year.end)
        target: Target | None = next(
            (
                each
                for each in chosen
                if each.flow is Flow.STOCK and (organ in each.organs)
            ),
            None,
        )  # fmt: skip
        met = None
        standing = None if target is None else target_rules.standing(company, target, year)
        if target is not None and standing is not None:
            # The report's one convention: the target is judged on the figures as reported.
            men_as_reported, women_as_reported = _report_other(standing, counting)
            met = target_rules.met(
                target,
                Composition(
                    men_as_reported,
                    women_as_reported,
                    standing.members - standing.unknown - men_as_reported - women_as_reported,
                    standing.unknown,
                ),
            )
        men = women = None
        if composition is not None:
            men, women = _report_other(composition, counting)
        lines.append(
            OrganReport(
                organ,
                composition,
                target,
                met,
                explanations.get(str(organ)) if target is not None else None,
                men,
                women,
            )
        )
    return SerReport(
        company=company.name,
        legal_form=company.legal_form,
        listed=company.listed,
        board_model=company.board_model,
        financial_year=year,
        organs=tuple(lines),
        kvk=company.kvk,
        sector=company.sector,
        large=large,
        workforce=workforce,
        flow_targets=tuple(target for target in chosen if target.flow is not Flow.STOCK),
        plan=plan,
        other_counting=counting,
        works_council_involved=works_council_involved,
        group_companies=groups,
        submitted_on=submitted_on,
        readings_chosen=tuple(readings.chosen()),
    )


def _reasons(value: object) -> dict[str, str]:
    """The explanations of targets not met, by target key, checked."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidArgument("reasons", value, "must be a mapping from target key to text")
    for key, text in value.items():
        if not isinstance(key, str) or not isinstance(text, str):
            raise InvalidArgument(f"reasons[{key!r}]", text, "must map a target key to text")
    return dict(value)


def check_completeness(report: SerReport, company: Company | None = None) -> Finding:
    """
    Whether ``report`` holds everything the SER asks, listing every missing or inconsistent
    field at once in the finding's ``missing``.

    With ``company``, the report's compositions are also checked against the company's seats
    (a snapshot that disagrees with the seats held that day is inconsistent).
    """
    _check_report(report)
    if company is not None and not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company or None")
    problems: list[str] = []
    if not report.kvk:
        problems.append("kvk")
    if not report.sector:
        problems.append("sector")
    if report.financial_year.figures is None:
        problems.append(f"size_figures:{report.financial_year.end.isoformat()}")
    if report.large is None:
        problems.append("large")
    for line in report.organs:
        key = str(line.organ)
        if line.composition is None:
            problems.append(f"composition:{key}")
        elif line.composition.unknown:
            problems.append(f"unknown_sex:{key}")
        if line.target is None and not (line.organ.kind.is_supervisory and report.listed):
            problems.append(f"target:{key}")
        if (
            line.target is not None
            and line.target_met is False
            and not line.reason
            and report.financial_year.end.year >= line.target.target_year
        ):
            problems.append(f"reason:{key}")
        if company is not None and line.composition is not None:
            seats = company.seats_of(line.organ)
            if seats:
                held = Composition.from_seats(seats, report.financial_year.end)
                if held != line.composition:
                    problems.append(f"inconsistent:{key}")
    if report.plan is None or not report.plan.measures:
        problems.append("plan")
    on = report.financial_year.end
    facts = {"problems": len(problems), "organs": len(report.organs)}
    if report.large is False:
        verdict, message, problems = Verdict.NOT_APPLICABLE, "reporting.no_duty", []
    elif problems:
        verdict, message = Verdict.NOT_COMPLIANT, "reporting.incomplete"
    else:
        verdict, message = Verdict.COMPLIANT, "reporting.complete"
    return _COMPLETE.finding(
        verdict,
        on,
        message,
        facts=facts,
        citations=(for_legal_form(report.legal_form, 3), BIBV_3D),
        missing=problems,
        subject=report.company,
    )


def check_deadline(
    financial_year_end: date,
    *,
    submitted_on: date | None,
    as_of: date,
    legal_form: LegalForm | LegalFormName = LegalForm.BV,
    subject: str = "",
    financial_year_start: date | None = None,
) -> Finding:
    """
    Whether the report was (or can still be) submitted on time, judged on ``as_of``.

    The verdict is ``COMPLIANT`` for a report submitted by the deadline, ``NOT_COMPLIANT`` for
    one submitted late or not submitted when the deadline has passed, ``CANNOT_DECIDE`` (message
    ``reporting.open``, ``missing`` naming ``submitted_on``) for one not submitted whose deadline
    has not passed on ``as_of``: whether it will be on time is not known yet. A financial year
    the act does not cover (:func:`ingroeiquotum.law.bw2.scope.coverage`; ``financial_year_start``
    defaults to a twelve-month year) is ``NOT_APPLICABLE``: it has no deadline and is never
    overdue.

    >>> check_deadline(date(2024, 12, 31), submitted_on=date(2025, 11, 3),
    ...                as_of=date(2025, 12, 1)).message
    'reporting.late'
    >>> check_deadline(date(2024, 12, 31), submitted_on=None, as_of=date(2025, 6, 1)).missing
    ('submitted_on',)

    .. versionchanged:: 0.1.0
       A report not submitted and not yet due is ``CANNOT_DECIDE`` (``reporting.open``), no
       longer ``COMPLIANT``: nothing has been done yet that could comply. The year is covered
       by its start, as for the targets duty; ``financial_year_start`` was added.
    """
    financial_year_end = _validate.day("financial_year_end", financial_year_end)
    as_of = _validate.day("as_of", as_of)
    if submitted_on is not None:
        submitted_on = _validate.day("submitted_on", submitted_on)
    form = LegalForm.parse(legal_form)
    _validate.text("subject", subject)
    start = (
        _twelve_months_before(financial_year_end)
        if financial_year_start is None
        else _validate.day("financial_year_start", financial_year_start)
    )
    covered = scope.coverage(start, financial_year_end)
    if not covered.covered:
        return _DEADLINE.finding(
            Verdict.NOT_APPLICABLE,
            financial_year_end,
            "scope.not_covered_lapsed" if covered.lapsed else "scope.not_covered",
            facts={**covered.facts, "submitted_on": submitted_on, "as_of": as_of},
            citations=(for_legal_form(form, 3),),
            readings=covered.readings,
            subject=subject,
        )
    due = deadline(financial_year_end, financial_year_start=start)
    facts = {
        "deadline": due,
        "submitted_on": submitted_on,
        "as_of": as_of,
        "financial_year_start": start,
    }
    missing: tuple[str, ...] = ()
    if submitted_on is not None:
        late = submitted_on > due
        verdict = Verdict.NOT_COMPLIANT if late else Verdict.COMPLIANT
        message = "reporting.late" if late else "reporting.on_time"
    elif as_of > due:
        verdict, message = Verdict.NOT_COMPLIANT, "reporting.overdue"
    else:
        verdict, message, missing = Verdict.CANNOT_DECIDE, "reporting.open", ("submitted_on",)
    after_lapse = covered.applied(due)
    return _DEADLINE.finding(
        verdict,
        financial_year_end,
        message,
        facts=facts,
        citations=(for_legal_form(form, 3),),
        readings=(readings.applies(readings.DEADLINE_MONTHS), *after_lapse),
        missing=missing,
        subject=subject,
    )


def _check_report(report: object) -> SerReport:
    if not isinstance(report, SerReport):
        raise InvalidArgument("report", report, "must be a SerReport")
    return report


def check_plan(report: SerReport) -> Finding:
    """Whether the report has a plan of action with at least one measure (``plan.present``)."""
    _check_report(report)
    present = report.plan is not None and bool(report.plan.measures)
    measures = 0 if report.plan is None else len(report.plan.measures)
    return _PLAN.finding(
        Verdict.COMPLIANT if present else Verdict.NOT_COMPLIANT,
        report.financial_year.end,
        "plan.present" if present else "plan.missing",
        facts={"measures": measures},
        citations=(for_legal_form(report.legal_form, 3),),
        subject=report.company,
    )


def check_works_council(report: SerReport) -> Finding:
    """
    Whether the works council (*ondernemingsraad*) was involved in the report, as the SER
    dialogue recommends (advisory: not a legal duty).
    """
    _check_report(report)
    involved = report.works_council_involved
    if involved is None:
        verdict, message = Verdict.CANNOT_DECIDE, "reporting.works_council_unknown"
    elif involved:
        verdict, message = Verdict.COMPLIANT, "reporting.works_council_involved"
    else:
        verdict, message = Verdict.NOT_COMPLIANT, "reporting.works_council_not_involved"
    return _WORKS_COUNCIL.finding(
        verdict,
        report.financial_year.end,
        message,
        facts={"works_council_involved": involved},
        citations=(for_legal_form(report.legal_form, 3),),
        readings=(readings.WORKS_COUNCIL_ADVICE,),
        missing=("works_council_involved",) if involved is None else (),
        subject=report.company,
    )


def evaluate(
    company: Company,
    financial_year_end: date,
    *,
    targets: Iterable[Target] = (),
    plan: Plan | None = None,
    reasons: Mapping[str, str] | None = None,
    works_council_involved: bool | None = None,
    report: SerReport | None = None,
) -> tuple[Finding, ...]:
    """
    Every finding for one company and financial year, in a fixed order: the targets duty, the
    quota's scope and the supervisory board's balance (for a listed company), the targets, the
    plan, the report's completeness and the works council.
    """
    from ingroeiquotum.law.bw2 import quota

    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    financial_year_end = _validate.day("financial_year_end", financial_year_end)
    year = company.financial_year_ending(financial_year_end)
    chosen = _validate.instances("targets", targets, Target)
    if report is not None:
        _check_report(report)
    built = report or build_report(
        company,
        year.end,
        targets=chosen,
        plan=plan,
        reasons=reasons,
        works_council_involved=works_council_involved,
    )
    findings: list[Finding] = [scope.targets_duty(company, year.end)]
    quota_scope = scope.quota_applies(company, year.end)
    findings.append(quota_scope)
    if quota_scope.verdict is Verdict.APPLIES:
        findings.append(quota.check_company(company, year.end))
    findings.extend(target_rules.evaluate(company, year.end, chosen))
    findings.append(check_plan(built))
    findings.append(check_completeness(built, company))
    findings.append(check_works_council(built))
    return Findings(findings)


# --- export and import: the document codec (ingroeiquotum.io.codec) -------------------------
# io stands above the law, so these thin wrappers import it when called (a module-level import
# would be a circle); they keep the names where the API contract and the docs have them.

PUBLISHED_SCHEMA = "ingroeiquotum.published_figures"
"""The schema name of the document :func:`published_figures` writes."""
