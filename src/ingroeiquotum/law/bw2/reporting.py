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
    "published_figures",
    "report_from_dict",
    "report_from_json",
    "report_to_dict",
    "report_to_json",
    "schema",
]

import json
from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import (
    InvalidArgument,
    LoadError,
    RowError,
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
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.model.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    LegalFormName,
    SizeFigures,
)
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.organs import Organ
from ingroeiquotum.model.plan import Measure, Plan

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
        _validate.day("submitted_on", submitted_on)
    # One decision on the year's coverage (scope.coverage, through targets_duty): a year the act
    # does not cover has no duty whether or not its size figures are known.
    covered = scope.coverage(year.start).covered
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
    _validate.day("financial_year_end", financial_year_end)
    _validate.day("as_of", as_of)
    if submitted_on is not None:
        _validate.day("submitted_on", submitted_on)
    form = LegalForm.parse(legal_form)
    _validate.text("subject", subject)
    start = (
        _twelve_months_before(financial_year_end)
        if financial_year_start is None
        else _validate.day("financial_year_start", financial_year_start)
    )
    covered = scope.coverage(start)
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
    after_lapse = (readings.ACT_COVERAGE,) if covered.ends_after_lapse(due) else ()
    return _DEADLINE.finding(
        verdict,
        financial_year_end,
        message,
        facts=facts,
        citations=(for_legal_form(form, 3),),
        readings=(readings.DEADLINE_MONTHS, *after_lapse),
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
    _validate.day("financial_year_end", financial_year_end)
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
    return tuple(findings)


# --- export and import ------------------------------------------------------------------------


def _value(value: Fraction | int) -> str | int:
    return value if isinstance(value, int) else str(value)


def _target_dict(target: Target) -> dict[str, Any]:
    return {
        "organ": str(target.organ),
        "form": target.form.value,
        "value": _value(target.value),
        "target_year": target.target_year,
        "base_year": target.base_year,
        "flow": target.flow.value,
        "joint_with": None if target.joint_with is None else str(target.joint_with),
        "set_on": None if target.set_on is None else target.set_on.isoformat(),
    }


def _composition_dict(composition: Composition | None) -> dict[str, int] | None:
    return None if composition is None else composition.as_dict()


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def report_to_dict(report: SerReport) -> dict[str, Any]:
    """
    The report as plain, JSON-ready data in the versioned schema ``SCHEMA_VERSION``.

    Shares are exact fractions written as strings (``"33/100"``), dates as ISO strings.
    """
    if not isinstance(report, SerReport):
        raise InvalidArgument("report", report, "must be a SerReport")
    year = report.financial_year
    figures = year.figures
    return {
        "schema_version": report.schema_version,
        "company": {
            "name": report.company,
            "kvk": report.kvk,
            "legal_form": report.legal_form.value,
            "listed": report.listed,
            "board_model": report.board_model.value,
            "sector": report.sector,
            "large": report.large,
        },
        "financial_year": {
            "start": year.start.isoformat(),
            "end": year.end.isoformat(),
            "figures": None
            if figures is None
            else {
                "total_assets": str(figures.total_assets),
                "net_turnover": str(figures.net_turnover),
                "employees": str(figures.employees),
            },
        },
        "deadline": _iso(report.deadline),
        "submitted_on": _iso(report.submitted_on),
        "other_counting": report.other_counting.value,
        "workforce": _composition_dict(report.workforce),
        "organs": [
            {
                "organ": str(line.organ),
                "composition": _composition_dict(line.composition),
                "reported_men": line.reported_men,
                "reported_women": line.reported_women,
                "target": None if line.target is None else _target_dict(line.target),
                "target_met": line.target_met,
                "reason": line.reason,
            }
            for line in report.organs
        ],
        "flow_targets": [_target_dict(target) for target in report.flow_targets],
        "plan": None
        if report.plan is None
        else {
            "adopted_on": _iso(report.plan.adopted_on),
            "measures": [
                {
                    "description": measure.description,
                    "levers": sorted(lever.value for lever in measure.levers),
                    "organs": [str(organ) for organ in measure.organs],
                    "owner": measure.owner,
                    "start": _iso(measure.start),
                    "end": _iso(measure.end),
                    "effect": measure.effect,
                    "serves": list(measure.serves),
                }
                for measure in report.plan.measures
            ],
        },
        "works_council_involved": report.works_council_involved,
        "group_companies": [
            {"name": group.name, "kvk": group.kvk, "reported_by": group.reported_by}
            for group in report.group_companies
        ],
    }


def report_to_json(report: SerReport, *, indent: int | None = 2) -> str:
    """The report as a JSON document (see :func:`report_to_dict`), keys in a fixed order."""
    text: str = json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)
    return text


PUBLISHED_SCHEMA = "ingroeiquotum.published_figures"
"""The schema name of the document :func:`published_figures` writes (version 1)."""


def published_figures(report: SerReport, *, suppress_below: int | None = None) -> dict[str, Any]:
    """
    The figures of ``report`` for publication (the bestuursverslag, a website, a press
    release), as plain data: per organ the members, men, women, others and unknowns, the men
    and women as reported to the SER, the share of women, the target and whether it was met;
    and the workforce. Counts only: no name of a person appears.

    With ``suppress_below``, an organ (or subtop category, or the workforce) with fewer than
    ``suppress_below`` members gets ``None`` for every count, the share and whether the target
    was met, and ``"suppressed": True``, so that the figures of a category of a few people do
    not expose them. Every entry says whether it was suppressed.

    >>> from ingroeiquotum import samples
    >>> report = build_report(samples.sample_company(), date(2024, 12, 31))
    >>> figures = published_figures(report, suppress_below=5)
    >>> figures["schema"], figures["version"], figures["suppress_below"]
    ('ingroeiquotum.published_figures', 1, 5)
    >>> [(line["organ"], line["members"], line["women"], line["suppressed"])
    ...  for line in figures["organs"]]  # doctest: +NORMALIZE_WHITESPACE
    [('bestuur', None, None, True), ('rvc', 6, 3, False), ('subtop:Directeuren', 18, 5, False),
     ('subtop:Afdelingshoofden', 54, 16, False)]

    Raises:
        InvalidArgument: if ``report`` is not a SerReport, or ``suppress_below`` is not a
            whole number of at least 0.

    .. versionadded:: 0.1.0
    """
    _check_report(report)
    if suppress_below is not None:
        _validate.count("suppress_below", suppress_below)

    def counts(composition: Composition | None) -> dict[str, Any]:
        hidden = (
            composition is not None
            and suppress_below is not None
            and composition.members < suppress_below
        )
        if composition is None or hidden:
            figures: dict[str, Any] = dict.fromkeys(
                ("members", "men", "women", "other", "unknown", "share_women")
            )
        else:
            share = composition.share("woman")
            figures = {
                "members": composition.members,
                **composition.as_dict(),
                "share_women": None if share is None else str(share),
            }
        figures["suppressed"] = hidden
        return figures

    organs = []
    for line in report.organs:
        figures = counts(line.composition)
        hidden = figures.pop("suppressed")
        organs.append(
            {
                "organ": str(line.organ),
                **figures,
                "reported_men": None if hidden else line.reported_men,
                "reported_women": None if hidden else line.reported_women,
                "target": None if line.target is None else _target_dict(line.target),
                "target_met": None if hidden else line.target_met,
                "suppressed": hidden,
            }
        )
    return {
        "schema": PUBLISHED_SCHEMA,
        "version": 1,
        "company": report.company,
        "financial_year": {
            "start": report.financial_year.start.isoformat(),
            "end": report.financial_year.end.isoformat(),
        },
        "suppress_below": suppress_below,
        "organs": organs,
        "workforce": None if report.workforce is None else counts(report.workforce),
    }


class _Reader:
    """Reads a report dict, collecting every problem with its path instead of stopping."""

    def __init__(self) -> None:
        self.errors: list[RowError] = []

    def fail(self, path: str, value: object, reason: str) -> None:
        self.errors.append(RowError(None, path, value, reason))

    def get(self, data: Mapping[str, Any], key: str, path: str, kind: Any) -> Any:
        if not isinstance(data, Mapping):
            self.fail(path, data, "must be an object")
            return None
        if key not in data:
            self.fail(f"{path}.{key}".lstrip("."), None, "is missing")
            return None
        value = data[key]
        if value is None or kind is None:
            return value
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            self.fail(f"{path}.{key}".lstrip("."), value, "must be an integer")
            return None
        if not isinstance(value, kind):
            self.fail(f"{path}.{key}".lstrip("."), value, f"must be of type {_kind_name(kind)}")
            return None
        return value

    def build(self, path: str, value: Any, make: Any) -> Any:
        try:
            return make(value)
        except LoadError as error:
            for problem in error.errors:
                self.fail(_join(path, problem.field), problem.value, problem.reason)
            return None
        except InvalidArgument as error:
            self.fail(_join(path, error.field), error.value, error.reason)
            return None
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            self.fail(path, value, f"is not valid ({error})")
            return None


def _join(path: str, field: str) -> str:
    """``path`` plus ``field``, unless ``field`` only repeats the path's last name."""
    last = path.rsplit(".", 1)[-1].split("[", 1)[0]
    if not field or field == last:
        return path
    return f"{path}.{field}"


def _kind_name(kind: Any) -> str:
    names = {str: "string", int: "integer", bool: "boolean", list: "array", dict: "object"}
    if isinstance(kind, tuple):
        return " or ".join(_kind_name(each) for each in kind)
    return str(names.get(kind, getattr(kind, "__name__", kind)))


def _read_date(text: Any) -> date:
    if not isinstance(text, str):
        raise InvalidArgument("date", text, "must be an ISO date string")
    return date.fromisoformat(text)


def _read_optional_date(text: Any) -> date | None:
    return None if text is None else _read_date(text)


def _read_composition(data: Any) -> Composition | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise InvalidArgument("composition", data, "must be an object")
    values: Any = data
    return Composition(
        values.get("men"), values.get("women"), values.get("other", 0), values.get("unknown", 0)
    )


def _read_target(data: Any) -> Target | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise InvalidArgument("target", data, "must be an object")
    values: Any = data  # each value is checked by Target at run time
    return Target(
        values.get("organ"),
        values.get("form"),
        values.get("value"),
        target_year=values.get("target_year"),
        base_year=values.get("base_year"),
        flow=values.get("flow", "stock"),
        joint_with=values.get("joint_with"),
        set_on=_read_optional_date(values.get("set_on")),
    )


def _read_measure(item: Any) -> Measure:
    if not isinstance(item, Mapping):
        raise InvalidArgument("", item, "must be an object")
    description: Any = item.get("description")
    return Measure(
        description,
        levers=_validate.sequence("levers", item.get("levers", ())),
        organs=_validate.sequence("organs", item.get("organs", ())),
        owner=item.get("owner", ""),
        start=_read_optional_date(item.get("start")),
        end=_read_optional_date(item.get("end")),
        effect=item.get("effect", ""),
        serves=_validate.sequence("serves", item.get("serves", ())),
    )


def _read_plan(data: Any) -> Plan | None:
    if data is None:
        return None
    if not isinstance(data, Mapping) or not isinstance(data.get("measures"), list):
        raise InvalidArgument("", data, "must be an object with a list of measures")
    reader = _Reader()
    measures = [
        reader.build(f"measures[{index}]", item, _read_measure)
        for index, item in enumerate(data["measures"])
    ]
    adopted = reader.build("adopted_on", data.get("adopted_on"), _read_optional_date)
    if reader.errors:
        raise LoadError("plan", reader.errors)
    return Plan(tuple(measures), adopted_on=adopted)


def _read_group(item: Any) -> GroupCompany:
    if not isinstance(item, Mapping):
        raise InvalidArgument("", item, "must be an object")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InvalidArgument("name", name, "must be a non-empty string")
    for field in ("kvk", "reported_by"):
        if item.get(field) is not None and not isinstance(item.get(field), str):
            raise InvalidArgument(field, item.get(field), "must be a string or null")
    return GroupCompany(name, item.get("kvk"), item.get("reported_by"))


def _read_organ(row: Any) -> OrganReport:
    if not isinstance(row, Mapping):
        raise InvalidArgument("", row, "must be an object")
    reader = _Reader()
    organ = reader.build("organ", row.get("organ"), Organ.parse)
    composition = reader.build("composition", row.get("composition"), _read_composition)
    target = reader.build("target", row.get("target"), _read_target)
    for field in ("reported_men", "reported_women"):
        if row.get(field) is not None:
            reader.build(field, row.get(field), lambda value: _validate.count("", value))
    met = row.get("target_met")
    if met is not None and not isinstance(met, bool):
        reader.fail("target_met", met, "must be true, false or null")
    reason = row.get("reason")
    if reason is not None and not isinstance(reason, str):
        reader.fail("reason", reason, "must be a string or null")
    if reader.errors:
        raise LoadError("organ", reader.errors)
    return OrganReport(
        organ, composition, target, met, reason, row.get("reported_men"), row.get("reported_women")
    )


def _read_figures(data: Any) -> SizeFigures | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise InvalidArgument("figures", data, "must be an object")
    values: Any = data  # each value is checked by SizeFigures at run time
    return SizeFigures(
        values.get("total_assets"), values.get("net_turnover"), values.get("employees")
    )


def report_from_dict(data: Mapping[str, Any], *, source: str = "report") -> SerReport:
    """
    Read a report written by :func:`report_to_dict` back, losslessly.

    Raises:
        LoadError: listing every missing or bad field (``field`` is its dotted path), or a
            ``schema_version`` newer than this library knows.
    """
    reader = _Reader()
    if not isinstance(data, Mapping):
        raise LoadError(source, [RowError(None, "report", data, "must be an object")])
    version = reader.get(data, "schema_version", "", str)
    if version is not None:
        problems = _validate.version_problems(version, SCHEMA_VERSION, "schema_version")
        if problems:
            raise LoadError(source, problems)
    company = reader.get(data, "company", "", dict) or {}
    name = reader.get(company, "name", "company", str)
    legal_form = reader.build("company.legal_form", company.get("legal_form"), LegalForm.parse)
    listed = reader.get(company, "listed", "company", bool)
    board_model = reader.build("company.board_model", company.get("board_model"), BoardModel.parse)
    year_data = reader.get(data, "financial_year", "", dict) or {}
    start = reader.build("financial_year.start", year_data.get("start"), _read_date)
    end = reader.build("financial_year.end", year_data.get("end"), _read_date)
    figures = reader.build("financial_year.figures", year_data.get("figures"), _read_figures)
    year = None
    if start is not None and end is not None:
        year = reader.build(
            "financial_year", (start, end, figures), lambda args: FinancialYear(*args)
        )
    for field in ("kvk", "sector"):
        if company.get(field) is not None and not isinstance(company.get(field), str):
            reader.fail(f"company.{field}", company.get(field), "must be a string or null")
    if company.get("large") is not None and not isinstance(company.get("large"), bool):
        reader.fail("company.large", company.get("large"), "must be true, false or null")
    organs = []
    for index, item in enumerate(reader.get(data, "organs", "", list) or []):
        line = reader.build(f"organs[{index}]", item, _read_organ)
        if line is not None:
            organs.append(line)
    flow_targets = []
    for index, item in enumerate(reader.get(data, "flow_targets", "", list) or []):
        target = reader.build(f"flow_targets[{index}]", item, _read_target)
        if target is not None:
            flow_targets.append(target)
    plan = reader.build("plan", data.get("plan"), _read_plan)
    workforce = reader.build("workforce", data.get("workforce"), _read_composition)
    counting = reader.build(
        "other_counting", data.get("other_counting", "under_represented"), _other_counting
    )
    groups = []
    raw_groups = data.get("group_companies") or []
    if not isinstance(raw_groups, list):
        reader.fail("group_companies", raw_groups, "must be an array")
        raw_groups = []
    for index, item in enumerate(raw_groups):
        group = reader.build(f"group_companies[{index}]", item, _read_group)
        if group is not None:
            groups.append(group)
    submitted = reader.build("submitted_on", data.get("submitted_on"), _read_optional_date)
    works_council = data.get("works_council_involved")
    if works_council is not None and not isinstance(works_council, bool):
        reader.fail("works_council_involved", works_council, "must be true, false or null")
    if reader.errors:
        raise LoadError(source, reader.errors)
    assert year is not None  # every path that leaves it None has recorded an error
    return SerReport(
        company=name,
        legal_form=legal_form,
        listed=listed,
        board_model=board_model,
        financial_year=year,
        organs=tuple(organs),
        kvk=company.get("kvk"),
        sector=company.get("sector"),
        large=company.get("large"),
        workforce=workforce,
        flow_targets=tuple(flow_targets),
        plan=plan,
        other_counting=counting,
        works_council_involved=works_council,
        group_companies=tuple(groups),
        submitted_on=submitted,
        schema_version=version,
    )


def report_from_json(text: str | bytes, *, source: str = "report") -> SerReport:
    """
    Read a JSON document written by :func:`report_to_json`.

    Raises:
        LoadError: for text that is not JSON, a key given twice in one object, or a report
            with bad fields (all listed).
        InvalidArgument: for ``text`` that is neither str nor bytes.

    .. versionchanged:: 0.1.0
       A key given twice in one object is refused instead of the last one winning.
    """
    return report_from_dict(_validate.json_document(text, source), source=source)


def schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of the report document, as shipped in the package.

    >>> schema()["properties"]["schema_version"]["const"]
    '1.0'
    """
    from importlib import resources

    text = (resources.files("ingroeiquotum") / "schemas" / "ser-report.schema.json").read_text(
        encoding="utf-8"
    )
    result: dict[str, Any] = json.loads(text)
    return result
