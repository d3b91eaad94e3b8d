"""
The report to the SER (*rapportage aan de SER*), art. 2:166 lid 3 / 2:276 lid 3 BW: what it
holds, and when it is due.

A large company reports, through the SER's diversiteitsportaal, within ten months after the end
of each financial year (:func:`deadline`): the numbers of men and women at the end of the year
in the bestuur, the RvC and each subtop category, its targets and whether they were met, and
its plan of action (:class:`SerReport`). :mod:`ingroeiquotum.reporting` builds and checks the
report; the names here are reachable there.

>>> from datetime import date
>>> deadline(date(2024, 12, 31))
datetime.date(2025, 10, 31)
"""

from __future__ import annotations

__all__ = [
    "SCHEMA_VERSION",
    "GroupCompany",
    "OrganReport",
    "OtherCounting",
    "OtherCountingName",
    "SerReport",
    "deadline",
]

import enum
from datetime import date, timedelta
from typing import Any, Literal, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, InvalidDate, NoRuleInForce
from ingroeiquotum.law import readings
from ingroeiquotum.law.bw2.coverage import coverage
from ingroeiquotum.law.parameters import at as _at
from ingroeiquotum.law.parameters import in_force as _in_force
from ingroeiquotum.model.company import BoardModel, FinancialYear, LegalForm
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.organs import Organ, OrganLike
from ingroeiquotum.model.plan import Plan
from ingroeiquotum.model.target import Target

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

    financial_year_end = _validate.day("financial_year_end", financial_year_end)
    if financial_year_start is None:
        start = _twelve_months_before(financial_year_end)
    else:
        start = _validate.day("financial_year_start", financial_year_start)
        if start > financial_year_end:
            raise InvalidDate(
                "financial_year_start", start, f"is after the year's end ({financial_year_end})"
            )
    covered = coverage(start, financial_year_end)
    if not covered.covered:
        raise NoRuleInForce("act.in_force", start, lapsed=covered.lapsed)
    period = "reporting.period_months"
    # A covered year ending after the lapse keeps the period it arose under; one covered only
    # because the lapse is read as reaching the quota alone keeps the act's last period.
    arose = financial_year_end if _in_force(period, financial_year_end).in_force else start
    if not _in_force(period, arose).in_force and covered.lapses_on is not None:
        arose = covered.lapses_on - timedelta(days=1)
    months = _at(period, arose)
    try:
        result: date = financial_year_end + relativedelta(months=months)
        if _month_end_to_month_end(financial_year_end):
            result += relativedelta(day=31)
    except (OverflowError, ValueError):
        raise InvalidDate(
            "financial_year_end", financial_year_end, "has no deadline within the calendar"
        ) from None
    return result


def _month_end_to_month_end(financial_year_end: date) -> bool:
    """
    Whether the period runs from a month's last day to the last day of the tenth month after:
    only where the alternative of the reading ``reporting.deadline_months`` is chosen and the
    year ends on a month's last day. This is the one place that decides it.
    """
    if not readings.applies(readings.DEADLINE_MONTHS).alternative_chosen:
        return False
    return (
        (financial_year_end + timedelta(days=1)).day == 1 if financial_year_end < date.max else True
    )


def _twelve_months_before(end: date) -> date:
    """The first day of a twelve-month year ending on ``end``."""
    from dateutil.relativedelta import relativedelta

    if end.year == date.min.year:
        return date.min  # there is no year 0 to count back into
    start: date = end - relativedelta(years=1) + timedelta(days=1)
    return start


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


def _name(field: str) -> Any:
    """
    A name: a string with something in it besides white space. It is kept exactly as given,
    leading and trailing spaces included (a document keeps what it reads).
    """

    def check(instance: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgument(field, value, "must be a non-empty string")

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

    name: str = attrs.field(validator=_name("name"))
    kvk: str | None = attrs.field(default=None, validator=_optional_text("kvk"))
    reported_by: str | None = attrs.field(default=None, validator=_optional_text("reported_by"))


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


def _tuple_of(kind: type) -> Any:
    """
    The converter of a field holding a tuple of ``kind``: attrs >= 24.1 passes the field, whose
    name the error gives (mypy's attrs plugin does not know attrs.Converter yet: the fields
    carry an ignore, and their __init__ parameters are typed Any, as the shims' ``object`` was).
    """

    def convert(value: object, field: attrs.Attribute[Any]) -> tuple[Any, ...]:
        return _validate.instances(field.name, value, kind)

    return attrs.Converter(convert, takes_field=True)


def _counting(value: object) -> OtherCounting:
    return _other_counting(value)


def _readings_chosen(value: object) -> tuple[str, ...]:
    """The keys of switched readings a report was made under, checked, sorted, once each."""
    keys = _validate.sequence("readings_chosen", value)
    try:
        readings.choose(*keys)
    except InvalidArgument as error:
        raise InvalidArgument("readings_chosen", error.value, error.reason) from None
    return tuple(sorted(set(keys)))


@attrs.frozen
class SerReport:
    """
    Everything the SER's diversiteitsportaal asks of a company for one financial year.

    Built by :func:`build_report`; exported by :func:`report_to_dict` / :func:`report_to_json`
    and read back losslessly by :func:`report_from_dict` / :func:`report_from_json`.
    ``readings_chosen`` names the readings switched (:func:`ingroeiquotum.readings.choose`)
    where it was built; its deadline follows them wherever it is read.

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.2.0
       Added ``readings_chosen``.
    """

    company: str = attrs.field(validator=_name("company"))
    legal_form: LegalForm = attrs.field(converter=_legal_form)
    listed: bool = attrs.field(validator=_validate.attrs_flag)
    board_model: BoardModel = attrs.field(converter=_board_model)
    financial_year: FinancialYear = attrs.field(
        validator=_instance("financial_year", FinancialYear, "a FinancialYear")
    )
    organs: tuple[OrganReport, ...] = attrs.field(converter=_tuple_of(OrganReport))  # type: ignore[misc]
    kvk: str | None = attrs.field(default=None, validator=_optional_text("kvk"))
    sector: str | None = attrs.field(default=None, validator=_optional_text("sector"))
    large: bool | None = attrs.field(default=None, validator=_validate.attrs_optional_flag)
    workforce: Composition | None = attrs.field(
        default=None, validator=_optional_instance("workforce", Composition, "a Composition")
    )
    flow_targets: tuple[Target, ...] = attrs.field(default=(), converter=_tuple_of(Target))  # type: ignore[misc]
    plan: Plan | None = attrs.field(
        default=None, validator=_optional_instance("plan", Plan, "a Plan")
    )
    other_counting: OtherCounting = attrs.field(
        default=OtherCounting.UNDER_REPRESENTED, converter=_counting
    )
    works_council_involved: bool | None = attrs.field(
        default=None, validator=_validate.attrs_optional_flag
    )
    group_companies: tuple[GroupCompany, ...] = attrs.field(
        default=(),
        converter=_tuple_of(GroupCompany),  # type: ignore[misc]
    )
    submitted_on: date | None = attrs.field(default=None, validator=_validate.attrs_optional_day)
    schema_version: str = attrs.field(default=SCHEMA_VERSION, validator=_validate.attrs_text)
    readings_chosen: tuple[str, ...] = attrs.field(default=(), converter=_readings_chosen)

    @property
    def deadline(self) -> date | None:
        """
        The report's deadline, or ``None`` for a financial year the act does not cover; under
        the readings the report was made with (``readings_chosen``), wherever it is asked.
        """
        try:
            with readings._exactly(self.readings_chosen):
                return deadline(
                    self.financial_year.end, financial_year_start=self.financial_year.start
                )
        except NoRuleInForce:
            return None

    def organ(self, organ: OrganLike) -> OrganReport | None:
        """The line for ``organ``, if the report has one."""
        wanted = Organ.parse(organ)
        for line in self.organs:
            if line.organ == wanted:
                return line
        return None

    def _repr_html_(self) -> str:
        """The report as a notebook shows it: the company, the year, a row per organ."""
        from ingroeiquotum.display import _html

        return _html.report_html(self)

    def __repr__(self) -> str:
        year = self.financial_year
        return (
            f"<SerReport {_short_name(self.company)}, financial year {year.start.isoformat()}"
            f" to {year.end.isoformat()}, {len(self.organs)} organs>"
        )


def _short_name(name: str) -> str:
    """A name as a one-line repr shows it: cut to 60 characters."""
    from ingroeiquotum import display

    return display.short(name, 60)


def _other_counting(value: object) -> OtherCounting:
    return _validate.member(OtherCounting, value, "other_counting")
