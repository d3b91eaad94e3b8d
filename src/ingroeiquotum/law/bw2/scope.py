"""
The scope of the law (*reikwijdte*): which companies must set targets, and which have the quota.

**Targets** (art. 2:166 lid 1 BW for the NV, art. 2:276 lid 1 BW for the BV): a company that on
two consecutive balance-sheet dates exceeded at least two of the three limits of art. 2:397
lid 1 BW is large, and stays large until it has stayed within two of them on two consecutive
balance-sheet dates. The limits are those of the financial year asked about, applied to every
date of the history; the raised limits of Stb. 2024, 52 apply from financial years starting on
or after 1 January 2024, and to a year starting in 2023 if the company opts in.

**Quota** (art. 2:142b lid 1 BW): an NV whose shares or depositary receipts are admitted to
trading on a regulated market in the Netherlands, whatever its size; its RvC, or the
non-executive directors of a one-tier board. The library applies it to a listed BV too.

>>> from datetime import date
>>> history = [
...     {"balance_sheet_date": date(2022, 12, 31), "total_assets": 30e6,
...      "net_turnover": 45e6, "employees": 120},
...     {"balance_sheet_date": date(2023, 12, 31), "total_assets": 30e6,
...      "net_turnover": 45e6, "employees": 120},
... ]
>>> is_large(history, date(2023, 12, 31))
True
>>> is_large(history, date(2023, 12, 31), opt_in_2023=True)
False
"""

from __future__ import annotations

__all__ = [
    "RULE_VERSION",
    "BalanceSheetDate",
    "Coverage",
    "coverage",
    "history_of",
    "is_large",
    "judge_size",
    "quota_applies",
    "quota_reaches_form",
    "required_organs",
    "targets_duty",
]

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs

from ingroeiquotum import _tables, _validate
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidDate,
    LoadError,
    NoRuleInForce,
    RowError,
)
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2.coverage import Coverage, coverage
from ingroeiquotum.law.citations import (
    BW_2_142B_1,
    BW_2_397_1,
    BW_2_398_1,
    Citation,
    for_legal_form,
)
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import SizeLimits
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.law.parameters import in_force as _in_force
from ingroeiquotum.model.company import Company, LegalForm, LegalFormName

_LARGE = rules.get("scope.large")
_TARGETS = rules.get("scope.targets")
_QUOTA = rules.get("scope.quota")

RULE_VERSION = _LARGE.version
"""The version of this module's reading (2024: the raised limits of Stb. 2024, 52)."""


def _optional_amount(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, Decimal) or not value.is_finite()):
        raise InvalidArgument(attribute.name, value, "must be a finite Decimal or None")


@attrs.frozen
class BalanceSheetDate:
    """
    One balance-sheet date of a company's history with the figures of the year it closes.

    Figures are ``None`` where they are not known; a rule then decides only if the answer does
    not depend on them.

    .. versionadded:: 0.1.0
    """

    balance_sheet_date: date = attrs.field(validator=_validate.attrs_day)
    financial_year_start: date = attrs.field(validator=_validate.attrs_day)
    total_assets: Decimal | None = attrs.field(validator=_optional_amount)
    net_turnover: Decimal | None = attrs.field(validator=_optional_amount)
    employees: Decimal | None = attrs.field(validator=_optional_amount)

    def exceeds(self, limits: SizeLimits) -> bool | None:
        """
        Whether at least two of the three limits are exceeded; ``None`` if that depends on a
        missing figure.
        """
        flags = [
            None if self.total_assets is None else self.total_assets > limits.total_assets,
            None if self.net_turnover is None else self.net_turnover > limits.net_turnover,
            None if self.employees is None else self.employees >= limits.employees,
        ]
        known_true = sum(flag is True for flag in flags)
        possible_true = sum(flag is not False for flag in flags)
        if known_true >= 2:
            return True
        if possible_true < 2:
            return False
        return None


_KEYS = ("balance_sheet_date", "total_assets", "net_turnover", "employees")
_DAY = timedelta(days=1)


def history_of(rows: Sequence[Mapping[str, object]]) -> tuple[BalanceSheetDate, ...]:
    """
    Validate a history of financial years given as mappings, reporting every problem at once.

    Each mapping has ``balance_sheet_date`` (a date) and ``total_assets``, ``net_turnover``
    (euros) and ``employees`` (average number), which may be ``None`` where unknown; an optional
    ``financial_year_start`` (else the day after the previous balance-sheet date).

    Raises:
        LoadError: listing every bad row and field; a row is numbered by its position, from 1
            (a row read from a file, by its line).

    """
    rows = _validate.sequence("history", rows)
    errors: list[RowError] = []
    result: list[BalanceSheetDate] = []
    previous: date | None = None
    for number, row in _tables.numbered(rows):
        if not isinstance(row, Mapping):
            errors.append(RowError(number, "row", row, "must be a mapping"))
            continue
        values: dict[str, Any] = {}
        for key in _KEYS:
            if key not in row:
                errors.append(RowError(number, key, None, "is missing"))
                continue
            try:
                if key == "balance_sheet_date":
                    values[key] = _validate.day(key, row[key])
                elif row[key] is None:
                    values[key] = None
                else:
                    values[key] = _validate.amount(key, row[key])
            except InvalidArgument as error:
                errors.append(RowError(number, error.field, row[key], error.reason))
        day = values.get("balance_sheet_date")
        start = row.get("financial_year_start")
        if start is not None:
            try:
                start = _validate.day("financial_year_start", start)
            except InvalidArgument as error:
                errors.append(RowError(number, error.field, start, error.reason))
                start = None
        if day is None:
            continue
        if previous is not None and day <= previous:
            errors.append(
                RowError(number, "balance_sheet_date", day, f"must come after {previous}")
            )
        if start is None:
            # A twelve-month year, or a shorter one that starts the day after the previous
            # balance-sheet date: a longer interval means a financial year is missing from the
            # history (give financial_year_start for a year that really was longer).
            start = date.min if day.year == date.min.year else _one_year_before(day) + _DAY
            if previous is not None:
                start = max(start, previous + _DAY) if previous < day else day  # else reported
        elif start > day:
            errors.append(RowError(number, "financial_year_start", start, f"is after {day}"))
        previous = day
        if len(values) == len(_KEYS):
            result.append(BalanceSheetDate(day, start, *(values[key] for key in _KEYS[1:])))
    if errors:
        raise LoadError("history", errors)
    return tuple(result)


def _one_year_before(day: date) -> date:
    from dateutil.relativedelta import relativedelta

    return day - relativedelta(years=1)


def _missing_years(previous_end: date, start: date) -> list[date]:
    """
    The ends of the financial years that lie between a balance-sheet date and the start of the
    next year in a history: none when the next year starts the day after; else one a year,
    the last ending the day before ``start``.
    """
    if start <= previous_end + _DAY:
        return []
    from dateutil.relativedelta import relativedelta

    last = start - _DAY
    ends = []
    step = 1
    while (end := previous_end + relativedelta(years=step)) < last:
        ends.append(end)
        step += 1
    ends.append(last)
    return ends


def _limits(start: date, opt_in_2023: bool) -> SizeLimits:
    key = "scope.size_limits"
    if opt_in_2023 and _in_force("scope.size_limits_opt_in", start).in_force:
        key = "scope.size_limits_opt_in"
    result: SizeLimits = _parameter(key).at(start)
    return result


def _state(flags: Sequence[bool]) -> tuple[bool, int | None]:
    """Large or not after the last flag, and the index where that status last started."""
    large, since = False, None
    for index in range(1, len(flags)):
        if flags[index - 1] == flags[index] and flags[index] != large:
            large, since = flags[index], index
    return large, since


def _possible_states(flags: Sequence[bool | None]) -> set[bool]:
    """Every status (large or not) the flags allow, trying both values of each unknown flag."""
    states: set[tuple[bool, bool | None]] = {(False, None)}
    for flag in flags:
        options = (False, True) if flag is None else (flag,)
        states = {
            (value if previous == value else large, value)
            for large, previous in states
            for value in options
        }
    return {large for large, _ in states}


def judge_size(
    history: Sequence[Mapping[str, object]] | Sequence[BalanceSheetDate],
    on: date,
    *,
    opt_in_2023: bool = False,
    legal_form: LegalForm | LegalFormName = LegalForm.BV,
    subject: str = "",
) -> Finding:
    """
    Whether the company is large on the balance-sheet date ``on``: the finding.

    The verdict is ``APPLIES`` (large: the targets duty applies), ``NOT_APPLICABLE`` (not large,
    or no limits in force for that year), or ``CANNOT_DECIDE`` (a missing figure decides). The
    facts list, per balance-sheet date, whether two of the three limits were exceeded.

    >>> rows = [
    ...     {"balance_sheet_date": date(2023, 12, 31), "total_assets": 30e6,
    ...      "net_turnover": 60e6, "employees": 300},
    ... ]
    >>> judge_size(rows, date(2023, 12, 31)).message
    'scope.single_date'
    """
    on = _validate.day("on", on)
    form = LegalForm.parse(legal_form)
    _validate.flag("opt_in_2023", opt_in_2023)
    _validate.text("subject", subject)
    items = _validate.sequence("history", history)
    entries: tuple[BalanceSheetDate, ...] = (
        items
        if items and all(isinstance(entry, BalanceSheetDate) for entry in items)
        else history_of(items)
    )
    dates = [entry.balance_sheet_date for entry in entries]
    if on not in dates:
        raise InvalidDate(
            "on", on, "is not a balance-sheet date of the history "
            f"({', '.join(day.isoformat() for day in dates) or 'empty'})"
        )  # fmt: skip
    entries = entries[: dates.index(on) + 1]
    current = entries[-1]
    citations: tuple[Citation, ...] = (for_legal_form(form, 1), BW_2_397_1)
    applied: list[Reading] = [readings.LIMITS_OF_THE_YEAR]
    try:
        limits = _limits(current.financial_year_start, opt_in_2023)
    except NoRuleInForce:
        return _LARGE.finding(
            Verdict.NOT_APPLICABLE,
            on,
            "scope.no_limits",
            facts={"financial_year_start": current.financial_year_start},
            citations=citations,
            subject=subject,
        )
    # Two balance-sheet dates are consecutive only when no financial year lies between them:
    # a year missing from the history counts as a year whose figures are unknown.
    # Where the alternative of scope.missing_year is chosen, the dates given are consecutive
    # whatever lies between them.
    missing_year = readings.applies(readings.MISSING_YEAR)
    flags: list[bool | None] = []
    dates = []
    gaps: list[date] = []
    passed_over = False
    for index, entry in enumerate(entries):
        if index:
            missing_ends = _missing_years(
                entries[index - 1].balance_sheet_date, entry.financial_year_start
            )
            if missing_year.alternative_chosen:
                passed_over = passed_over or bool(missing_ends)
                missing_ends = []
            gaps.extend(missing_ends)
            dates.extend(missing_ends)
            flags.extend([None] * len(missing_ends))
        dates.append(entry.balance_sheet_date)
        flags.append(entry.exceeds(limits))
    facts: dict[str, Any] = {
        "limit_total_assets": limits.total_assets,
        "limit_net_turnover": limits.net_turnover,
        "limit_employees": limits.employees,
        "opt_in_2023": opt_in_2023,
        "balance_sheet_dates": tuple(dates),
        "exceeds_two_of_three": tuple(flags),
    }
    if gaps or passed_over:
        applied.append(missing_year)
    if gaps:
        facts["missing_years"] = tuple(gaps)
    # The reading scope.single_balance_sheet_date; where its alternative is chosen, art. 2:398
    # lid 1 BW reaches the size test: a company that exceeds two of the limits on the
    # balance-sheet date of its first financial year (the history's first) is large for its
    # first and second years. This is the one place that decides it.
    first_years = readings.applies(readings.SINGLE_DATE_NOT_LARGE)
    if first_years.alternative_chosen and len(entries) <= 2 and not gaps and flags[0] is not False:
        first = dates[0].isoformat()
        decided = flags[0] is True
        return _LARGE.finding(
            Verdict.APPLIES if decided else Verdict.CANNOT_DECIDE,
            on,
            "scope.large_first_years" if decided else "scope.size_unknown",
            facts=facts,
            citations=(*citations, BW_2_398_1),
            readings=[*applied, first_years],
            missing=() if decided else (f"size_figures:{first}",),
            subject=subject,
        )
    if len(entries) == 1 and flags[0] is not False:
        return _LARGE.finding(
            Verdict.NOT_APPLICABLE,
            on,
            "scope.single_date",
            facts=facts,
            citations=(*citations, BW_2_398_1),
            readings=[*applied, first_years],
            subject=subject,
        )
    unknown = [index for index, flag in enumerate(flags) if flag is None]
    outcomes = _possible_states(flags)
    if len(outcomes) > 1:
        return _LARGE.finding(
            Verdict.CANNOT_DECIDE,
            on,
            "scope.year_missing" if gaps else "scope.size_unknown",
            facts=facts,
            citations=citations,
            readings=applied,
            missing=tuple(
                f"financial_year:{dates[index].isoformat()}"
                if dates[index] in gaps
                else f"size_figures:{dates[index].isoformat()}"
                for index in unknown
            ),
            subject=subject,
        )
    (large,) = outcomes
    if not unknown:
        since = _state([bool(flag) for flag in flags])[1]
        if since is not None:
            facts["status_since"] = dates[since]
    return _LARGE.finding(
        Verdict.APPLIES if large else Verdict.NOT_APPLICABLE,
        on,
        "scope.large" if large else "scope.not_large",
        facts=facts,
        citations=citations,
        readings=applied,
        subject=subject,
    )


def is_large(
    history: Sequence[Mapping[str, object]], on: date, *, opt_in_2023: bool = False
) -> bool:
    """
    Whether the company counts as large (*groot*) under art. 2:397 BW on balance-sheet date
    ``on``, and so must set targets (art. 2:166/2:276 lid 1 BW).

    ``history`` lists the company's financial years in order, each a mapping with
    ``balance_sheet_date``, ``total_assets``, ``net_turnover`` and ``employees``; ``on`` must be
    one of its balance-sheet dates. A history with one date is not large (see the rule book's
    reading on first years); a year with no limits in force gives ``False``. Where a missing
    figure decides, the answer is ``False`` too: :func:`judge_size` says ``CANNOT_DECIDE``.

    >>> big = {"total_assets": 26e6, "net_turnover": 55e6, "employees": 100}
    >>> small = {"total_assets": 1e6, "net_turnover": 2e6, "employees": 10}
    >>> rows = [
    ...     {"balance_sheet_date": date(2021, 12, 31), **big},
    ...     {"balance_sheet_date": date(2022, 12, 31), **big},
    ...     {"balance_sheet_date": date(2023, 12, 31), **small},
    ...     {"balance_sheet_date": date(2024, 12, 31), **big},
    ... ]
    >>> [is_large(rows, row["balance_sheet_date"]) for row in rows]
    [False, True, True, True]

    Raises:
        InvalidDate: if ``on`` is not a balance-sheet date of the history.
        LoadError: if the history has bad rows (every one is listed).

    """
    finding = judge_size(history, on, opt_in_2023=opt_in_2023)
    return finding.verdict is Verdict.APPLIES


def targets_duty(company: Company, financial_year_end: date) -> Finding:
    """
    Whether ``company`` must set targets, make a plan and report for the financial year ending
    on ``financial_year_end``: the finding, naming the organs that need a target.

    The duty reaches the financial years the act covers (:func:`coverage`): those that start
    from 1 January 2022 (the first mandatory report is over 2022) to 31 December 2029, whenever
    they end (readings ``scope.first_financial_year`` and ``scope.act_coverage``).

    The company's financial years must carry their size figures
    (:class:`~ingroeiquotum.model.company.SizeFigures`).

    .. versionchanged:: 0.1.0
       A year is covered by its start alone, as for the deadline: a year that starts in 2029
       and ends in 2030 has the duty (and a deadline).
    """
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    financial_year_end = _validate.day("financial_year_end", financial_year_end)
    year = company.financial_year_ending(financial_year_end)
    citation = for_legal_form(company.legal_form, 1)
    covered = coverage(year.start, year.end)
    if not covered.covered:
        return _TARGETS.finding(
            Verdict.NOT_APPLICABLE,
            financial_year_end,
            "scope.not_covered_lapsed" if covered.lapsed else "scope.not_covered",
            facts=covered.facts,
            citations=(citation,),
            readings=covered.readings,
            subject=company.name,
        )
    rows = [
        BalanceSheetDate(
            each.end,
            each.start,
            *(
                (each.figures.total_assets, each.figures.net_turnover, each.figures.employees)
                if each.figures is not None
                else (None, None, None)
            ),
        )
        for each in company.financial_years
        if each.end <= year.end
    ]
    size = judge_size(
        rows,
        year.end,
        opt_in_2023=company.opts_in_2023_limits,
        legal_form=company.legal_form,
        subject=company.name,
    )
    organs = required_organs(company)
    after_lapse = covered.applied(year.end)
    return attrs.evolve(
        size,
        rule=_TARGETS.id,
        message=_TARGETS_MESSAGES.get(size.message, f"scope.targets_{size.verdict.value}"),
        facts={**size.facts, "organs": tuple(organs), "listed": company.listed},
        readings=(*size.readings, *after_lapse),
    )  # fmt: skip


_TARGETS_MESSAGES = {
    "scope.single_date": "scope.single_date",
    "scope.year_missing": "scope.targets_year_missing",
}
"""The size findings whose own message says more than the targets duty's verdict alone."""


def required_organs(company: Company) -> tuple[str, ...]:
    """
    The organs a large ``company`` must set targets for: its management organ, its supervisory
    organ unless the quota applies to it (a listed company) or it has none, and each subtop
    category it defines (``"subtop"`` where it has defined none yet).

    >>> required_organs(Company("X", "BV"))
    ('bestuur', 'rvc', 'subtop')
    """
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    subtop = [str(organ) for organ in company.organs if organ.is_subtop] or ["subtop"]
    organs = [company.management_organ]
    if not company.listed and company.supervisory_board:
        organs.append(company.supervisory_organ)
    return (*organs, *subtop)


def quota_reaches_form(legal_form: LegalForm | str) -> tuple[bool, tuple[Reading, ...]]:
    """
    Whether the quota reaches a listed company of ``legal_form``, and the readings that say so:
    the NV always (art. 2:142b lid 1 BW); the BV by the reading ``quota.listed_bv``, unless its
    alternative (the quota reaches only the NV) is chosen. This is the one place that decides
    it; :func:`quota_applies` and the bulk paths ask it.

    >>> quota_reaches_form("NV"), quota_reaches_form("BV")[0]
    ((True, ()), True)

    .. versionadded:: 0.2.0
    """
    form = LegalForm.parse(legal_form)
    if form is not LegalForm.BV:
        return True, ()
    reading = readings.applies(readings.QUOTA_BV)
    return not reading.alternative_chosen, (reading,)


def quota_applies(company: Company, on: date) -> Finding:
    """
    Whether the quota (art. 2:142b BW) applies to ``company`` on ``on``, and to which organ.

    >>> from ingroeiquotum.company import Company
    >>> listed = Company("Voorbeeld NV", "NV", listed=True)
    >>> quota_applies(listed, date(2024, 6, 1)).facts["organ"]
    'rvc'
    >>> quota_applies(Company("Voorbeeld BV", "BV"), date(2024, 6, 1)).verdict.value
    'not_applicable'
    """
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    on = _validate.day("on", on)
    status = _in_force("act.in_force", on)
    if not status.in_force:
        return _QUOTA.not_in_force(
            status, f"scope.act_{status.state}", citations=(BW_2_142B_1,), subject=company.name
        )
    organ = company.supervisory_organ
    facts = {"listed": company.listed, "legal_form": company.legal_form, "organ": organ}
    if not company.listed:
        return _QUOTA.finding(
            Verdict.NOT_APPLICABLE,
            on,
            "scope.quota_not_listed",
            facts=facts,
            citations=(BW_2_142B_1,),
            subject=company.name,
        )
    reached, applied = quota_reaches_form(company.legal_form)
    if not reached:
        return _QUOTA.finding(
            Verdict.NOT_APPLICABLE,
            on,
            "scope.quota_nv_only",
            facts=facts,
            citations=(BW_2_142B_1,),
            readings=applied,
            subject=company.name,
        )
    return _QUOTA.finding(
        Verdict.APPLIES,
        on,
        "scope.quota_applies",
        facts=facts,
        citations=(BW_2_142B_1,),
        readings=applied,
        subject=company.name,
    )
