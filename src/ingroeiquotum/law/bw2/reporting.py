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

import enum
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any, Literal, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidDate,
    NoRuleInForce,
)
from ingroeiquotum.law import readings
from ingroeiquotum.law.bw2 import scope
from ingroeiquotum.law.bw2 import targets as target_rules
from ingroeiquotum.law.bw2.targets import Flow, Target
from ingroeiquotum.law.citations import (
    BIBV_3D,
    BW_2_166_3,
    BW_2_276_3,
    Citation,
)
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.model.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    LegalFormName,
)
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.organs import Organ, OrganLike
from ingroeiquotum.model.plan import Plan

RULE_VERSION = "2022.1"
"""The version of this module's reading of the reporting duties."""

SCHEMA_VERSION = "1.0"
"""The version of the report's dict/JSON schema (``schemas/ser-report.schema.json``)."""


def deadline(financial_year_end: date, *, financial_year_start: date | None = None) -> date:
    """
    The last day on which the report to the SER for the financial year ending on
    ``financial_year_end`` is on time: ten months after that end.

    Only a financial year the act covers has a deadline (:func:`ingroeiquotum.law.bw2.scope.coverage`,
    the one decision the targets duty uses too): one that *starts* on or after 1 January 2022
    and before the act lapses on 1 January 2030. Such a year keeps its deadline where it, or the
    deadline, falls after the lapse (reading ``scope.act_coverage``). ``financial_year_start``
    defaults to a twelve-month year: the day after the same date one year earlier.

    >>> deadline(date(2025, 9, 30))
    datetime.date(2026, 7, 30)
    >>> deadline(date(2030, 6, 30), financial_year_start=date(2029, 7, 1))
    datetime.date(2031, 4, 30)

    Raises:
        InvalidDate: if ``financial_year_end`` or ``financial_year_start`` is not a date, or the
            start comes after the end.
        NoRuleInForce: for a financial year the act does not cover: one that started before
            2022 (reports over 2021, and a broken year 2021/2022, were voluntary) or from 2030
            on (the act has lapsed).

    .. versionchanged:: 0.1.0
       A year is covered by its start, as for the targets duty, not by its end: FY
       2029/2030 has a deadline, FY 2021/2022 has none. ``financial_year_start`` was added.
    """
    from dateutil.relativedelta import relativedelta

    _validate.day("financial_year_end", financial_year_end)
    if financial_year_start is None:
        start = _twelve_months_before(financial_year_end)
    else:
        start = _validate.day("financial_year_start", financial_year_start)
        if start > financial_year_end:
            raise InvalidDate(
                "financial_year_start", start, f"is after the year's end ({financial_year_end})"
            )
    covered = scope.coverage(start)
    if not covered.covered:
        raise NoRuleInForce("act.in_force", start, lapsed=covered.lapsed)
    period = _parameter("reporting.period_months")
    try:
        months = period.at(financial_year_end)
    except NoRuleInForce:  # a covered year ending after the lapse: the period it arose under
        months = period.at(start)
    try:
        result: date = financial_year_end + relativedelta(months=months)
    except (OverflowError, ValueError):
        raise InvalidDate(
            "financial_year_end", financial_year_end, "has no deadline within the calendar"
        ) from None
    return result


def _twelve_months_before(end: date) -> date:
    """The first day of a twelve-month year ending on ``end``."""
    from dateutil.relativedelta import relativedelta

    if end.year == date.min.year:
        return date.min  # there is no year 0 to count back into
    start: date = end - relativedelta(years=1) + timedelta(days=1)
    return start


def _citation(legal_form: LegalForm) -> Citation:
    return BW_2_166_3 if legal_form is LegalForm.NV else BW_2_276_3


OtherCountingName: TypeAlias = Literal["under_represented", "not_counted"]
"""The value of each :class:`OtherCounting`, for type checkers."""


class OtherCounting(enum.Enum):
    """
    How people registered as neither man nor woman are counted in the report to the SER.

    The SER's portal has no category for them; a company may count them with the
    under-represented sex of the organ and says so.

    .. versionadded:: 0.1.0
    """

    UNDER_REPRESENTED = "under_represented"
    """Counted with the sex that has fewer members in the organ (women where it is a tie)."""
    NOT_COUNTED = "not_counted"
    """Left out of the men and women figures (and the report says how many were left out)."""


def _organ(value: object) -> Organ:
    return Organ.parse(value)


def _optional_text(field: str) -> Any:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        if value is not None and not isinstance(value, str):
            raise InvalidArgument(field, value, "must be a string or None")

    return check


def _optional_instance(field: str, kind: type, name: str) -> Any:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        if value is not None and not isinstance(value, kind):
            raise InvalidArgument(field, value, f"must be {name} or None")

    return check


def _instance(field: str, kind: type, name: str) -> Any:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind):
            raise InvalidArgument(field, value, f"must be {name}")

    return check


@attrs.frozen
class OrganReport:
    """
    One organ's line in the report: its composition at the end of the year, the men and women
    figures as reported, and its target.

    ``composition`` is ``None`` when no figures are known. ``reported_men`` and
    ``reported_women`` apply the report's :class:`OtherCounting`, and so does ``target_met``
    (one convention in one document): it is judged on the figures as reported, and is ``None``
    when there is no target, no composition, or members of unknown sex decide it; ``reason``
    explains a target not met.

    .. versionadded:: 0.1.0
    """

    organ: Organ = attrs.field(converter=_organ)
    composition: Composition | None = attrs.field(
        validator=_optional_instance("composition", Composition, "a Composition")
    )
    target: Target | None = attrs.field(
        default=None, validator=_optional_instance("target", Target, "a Target")
    )
    target_met: bool | None = attrs.field(default=None, validator=_validate.attrs_optional_flag)
    reason: str | None = attrs.field(default=None, validator=_optional_text("reason"))
    reported_men: int | None = attrs.field(default=None, validator=_validate.attrs_optional_count)
    reported_women: int | None = attrs.field(default=None, validator=_validate.attrs_optional_count)


@attrs.frozen
class GroupCompany:
    """
    A large group company and who reports for it (the company itself, or the group head).

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_validate.attrs_text)
    kvk: str | None = attrs.field(default=None, validator=_optional_text("kvk"))
    reported_by: str | None = attrs.field(default=None, validator=_optional_text("reported_by"))

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidArgument("name", self.name, "must be a non-empty string")


def _report_other(composition: Composition, counting: OtherCounting) -> tuple[int, int]:
    if counting is OtherCounting.NOT_COUNTED or not composition.other:
        return composition.men, composition.women
    if composition.men < composition.women:
        return composition.men + composition.other, composition.women
    return composition.men, composition.women + composition.other


def _legal_form(value: object) -> LegalForm:
    return LegalForm.parse(value)


def _board_model(value: object) -> BoardModel:
    return BoardModel.parse(value)


def _organ_reports(value: object) -> tuple[OrganReport, ...]:
    return _validate.instances("organs", value, OrganReport)


def _flow_targets(value: object) -> tuple[Target, ...]:
    return _validate.instances("flow_targets", value, Target)


def _group_companies(value: object) -> tuple[GroupCompany, ...]:
    return _validate.instances("group_companies", value, GroupCompany)


def _counting(value: object) -> OtherCounting:
    return _other_counting(value)


@attrs.frozen
class SerReport:
    """
    Everything the SER's diversiteitsportaal asks of a company for one financial year.

    Built by :func:`build_report`; exported by :func:`report_to_dict` / :func:`report_to_json`
    and read back losslessly by :func:`report_from_dict` / :func:`report_from_json`.

    .. versionadded:: 0.1.0
    """

    company: str = attrs.field(validator=_validate.attrs_text)
    legal_form: LegalForm = attrs.field(converter=_legal_form)
    listed: bool = attrs.field(validator=_validate.attrs_flag)
    board_model: BoardModel = attrs.field(converter=_board_model)
    financial_year: FinancialYear = attrs.field(
        validator=_instance("financial_year", FinancialYear, "a FinancialYear")
    )
    organs: tuple[OrganReport, ...] = attrs.field(converter=_organ_reports)
    kvk: str | None = attrs.field(default=None, validator=_optional_text("kvk"))
    sector: str | None = attrs.field(default=None, validator=_optional_text("sector"))
    large: bool | None = attrs.field(default=None, validator=_validate.attrs_optional_flag)
    workforce: Composition | None = attrs.field(
        default=None, validator=_optional_instance("workforce", Composition, "a Composition")
    )
    flow_targets: tuple[Target, ...] = attrs.field(default=(), converter=_flow_targets)
    plan: Plan | None = attrs.field(
        default=None, validator=_optional_instance("plan", Plan, "a Plan")
    )
    other_counting: OtherCounting = attrs.field(
        default=OtherCounting.UNDER_REPRESENTED, converter=_counting
    )
    works_council_involved: bool | None = attrs.field(
        default=None, validator=_validate.attrs_optional_flag
    )
    group_companies: tuple[GroupCompany, ...] = attrs.field(default=(), converter=_group_companies)
    submitted_on: date | None = attrs.field(default=None, validator=_validate.attrs_optional_day)
    schema_version: str = attrs.field(default=SCHEMA_VERSION, validator=_validate.attrs_text)

    @property
    def deadline(self) -> date | None:
        """The report's deadline, or ``None`` for a financial year the act does not cover."""
        try:
            return deadline(self.financial_year.end, financial_year_start=self.financial_year.start)
        except NoRuleInForce:
            return None

    def organ(self, organ: OrganLike) -> OrganReport | None:
        """The line for ``organ``, if the report has one."""
        wanted = Organ.parse(organ)
        for line in self.organs:
            if line.organ == wanted:
                return line
        return None


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


def _other_counting(value: object) -> OtherCounting:
    return _validate.member(OtherCounting, value, "other_counting")


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
    return Finding(
        rule="reporting.complete",
        rule_version=RULE_VERSION,
        verdict=verdict,
        on=on,
        message=message,
        facts=facts,
        citations=(_citation(report.legal_form), BIBV_3D),
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
        return Finding(
            rule="reporting.deadline",
            rule_version=RULE_VERSION,
            verdict=Verdict.NOT_APPLICABLE,
            on=financial_year_end,
            message="scope.not_covered_lapsed" if covered.lapsed else "scope.not_covered",
            facts={**covered.facts, "submitted_on": submitted_on, "as_of": as_of},
            citations=(_citation(form),),
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
    return Finding(
        rule="reporting.deadline",
        rule_version=RULE_VERSION,
        verdict=verdict,
        on=financial_year_end,
        message=message,
        facts=facts,
        citations=(_citation(form),),
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
    return Finding(
        rule="plan.present",
        rule_version=RULE_VERSION,
        verdict=Verdict.COMPLIANT if present else Verdict.NOT_COMPLIANT,
        on=report.financial_year.end,
        message="plan.present" if present else "plan.missing",
        facts={"measures": measures},
        citations=(_citation(report.legal_form),),
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
    return Finding(
        rule="reporting.works_council",
        rule_version=RULE_VERSION,
        verdict=verdict,
        on=report.financial_year.end,
        message=message,
        facts={"works_council_involved": involved},
        citations=(_citation(report.legal_form),),
        readings=(readings.WORKS_COUNCIL_ADVICE,),
        missing=("works_council_involved",) if involved is None else (),
        subject=report.company,
        advisory=True,
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


# --- export and import: the document codec (ingroeiquotum.io.codec) -------------------------
# io stands above the law, so these thin wrappers import it when called (a module-level import
# would be a circle); they keep the names where the API contract and the docs have them.

PUBLISHED_SCHEMA = "ingroeiquotum.published_figures"
"""The schema name of the document :func:`published_figures` writes."""


def report_to_dict(report: SerReport) -> dict[str, Any]:
    """
    The report as plain, JSON-ready data in the envelope ``{"schema":
    "ingroeiquotum.ser_report", "schema_version": SCHEMA_VERSION}`` (see
    :mod:`ingroeiquotum.io.codec`, which writes every document of the library).

    Shares are exact fractions written as strings (``"33/100"``), dates as ISO strings.

    .. versionchanged:: 0.1.0
       The envelope has ``schema`` besides ``schema_version``, as every document.
    """
    from ingroeiquotum.io import codec

    _check_report(report)
    return codec.to_dict(report)


def report_to_json(report: SerReport, *, indent: int | None = 2) -> str:
    """The report as a JSON document (see :func:`report_to_dict`), keys in a fixed order."""
    from ingroeiquotum.io import codec

    _check_report(report)
    return codec.to_json(report, indent=indent)


def report_from_dict(data: Mapping[str, Any], *, source: str = "report") -> SerReport:
    """
    Read a report written by :func:`report_to_dict` back, losslessly; a report written before
    the envelope had ``schema`` (``"schema_version": "1.0"`` alone) reads too.

    Raises:
        LoadError: listing every missing, unknown or bad field (``field`` is its dotted path),
            or a ``schema_version`` newer than this library knows.

    .. versionchanged:: 0.1.0
       An unknown key is refused, as in every document of the library.
    """
    from ingroeiquotum.io import codec

    return codec.from_dict(data, source=source, kind=SerReport)


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
    from ingroeiquotum.io import codec

    report: SerReport = codec.from_json(text, source=source, kind=SerReport)
    return report


def schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of the report document, as shipped in the package (see
    :func:`ingroeiquotum.io.codec.schema`).

    >>> schema()["properties"]["schema_version"]["const"]
    '1.0'
    """
    from ingroeiquotum.io import codec

    return codec.schema(SerReport)


def published_figures(report: SerReport, *, suppress_below: int | None = None) -> dict[str, Any]:
    """
    The figures of ``report`` for publication: see :func:`ingroeiquotum.io.publication.published_figures`.

    >>> from ingroeiquotum import samples
    >>> report = build_report(samples.sample_company(), date(2024, 12, 31))
    >>> figures = published_figures(report, suppress_below=5)
    >>> figures["schema"], figures["schema_version"], figures["suppress_below"]
    ('ingroeiquotum.published_figures', '1.0', 5)

    .. versionadded:: 0.1.0
    """
    from ingroeiquotum.io import publication

    return publication.published_figures(report, suppress_below=suppress_below)
