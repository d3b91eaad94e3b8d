"""A population summary in the style of the SER's Bedrijvenmonitor."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, cast

from ingroeiquotum import _tables, _validate
from ingroeiquotum.bulk._rows import (
    _COUNTS,
    _company_problem,
    _count,
    _organ_checked,
)
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.bw2 import quota
from ingroeiquotum.law.findings import Verdict
from ingroeiquotum.model.organs import OrganKind

# --- aggregates ------------------------------------------------------------------------------


_GROUPS = {
    OrganKind.BESTUUR: "bestuur",
    OrganKind.EXECUTIVE: "bestuur",
    OrganKind.RVC: "rvc",
    OrganKind.NON_EXECUTIVE: "rvc",
    OrganKind.SUBTOP: "subtop",
}

_SIZES = ((0, 250, "<250"), (250, 500, "250-499"), (500, 1000, "500-999"), (1000, None, "1000+"))


def _size_class(employees: Decimal | None) -> str | None:
    if employees is None:
        return None
    for low, high, label in _SIZES:
        if employees >= low and (high is None or employees < high):
            return label
    return None


def _sector(number: int, value: object) -> tuple[str | None, RowError | None]:
    """
    The SBI division (the code's first two digits) of a row's ``sector``, or its problem.

    A code is text (``"2014"``, ``"01"``) or an int, as pandas reads a column of codes: an int
    is its decimal text padded to two digits, so ``1`` and ``"01"`` are division ``"01"`` and
    ``2014`` and ``"2014"`` the same code (a leading zero of a longer code is lost in an int:
    write such codes as text). Surrounding white space is ignored. A missing value (``None``,
    NaN, ``pd.NA``) or blank text is no sector; anything else is refused, never dropped.
    """
    if type(value) is str:
        return (value.strip()[:2] or None), None
    code = _validate.plain(value)
    if isinstance(code, str):
        text = code.strip()
        return (text[:2] or None), None
    if _validate.missing(code):
        return None, None
    if isinstance(code, int) and not isinstance(code, bool) and 0 < code < 10**5:
        return str(code).zfill(2)[:2], None
    reason = "must be an SBI code: text, or an int from 1 to 99999"
    return None, RowError(number, "sector", value, reason)


def _employees(number: int, value: object) -> tuple[Decimal | None, RowError | None]:
    """A row's ``employees`` (a number up to the limit of counts of people), or its problem."""
    if type(value) is int and 0 <= value <= _validate.MAX_PEOPLE:
        return Decimal(value), None
    if _validate.missing(value):
        return None, None
    try:
        return _validate.amount("employees", value, _validate.MAX_PEOPLE), None
    except InvalidArgument as error:
        return None, RowError(number, "employees", value, error.reason)


def _date(number: int, value: object) -> tuple[date | None, RowError | None]:
    """A row's ``date`` (optional here: without it the quota is not counted), or its problem."""
    if type(value) is date:
        return value, None
    if _validate.missing(value):
        return None, None
    try:
        return _validate.day("date", value), None
    except InvalidArgument as error:
        return None, RowError(number, "date", value, error.reason)


def _yes(value: object) -> bool:
    """Whether a row's flag (``listed``, ``reported``) is yes: True or a numpy True."""
    return _validate.plain(value) is True


def aggregate(
    rows: Iterable[Mapping[str, object]], *, suppress_below: int | None = None
) -> list[dict[str, object]]:
    """
    A population summary in the style of the SER's Bedrijvenmonitor, as tidy rows.

    One row per grouping (``"all"``, and ``"sector"`` and ``"size"`` where the rows have
    ``sector`` and ``employees``) per group per organ group (``bestuur``: the bestuur or the
    executive directors; ``rvc``: the RvC or the non-executives; ``subtop``: all categories
    together): the number of companies and of organs, how many companies reported and set a
    target (where the rows have ``reported`` and ``target``), the mean and median share of women
    (over organs with members), the number and share of all-male organs, and for the ``rvc``
    group the listed companies and how many of them meet the quota.

    >>> from datetime import date
    >>> rows = [
    ...     {"company": "A", "organ": "rvc", "date": date(2024, 12, 31), "legal_form": "NV",
    ...      "listed": True, "men": 4, "women": 2, "sector": "20"},
    ...     {"company": "B", "organ": "rvc", "date": date(2024, 12, 31), "legal_form": "BV",
    ...      "listed": False, "men": 3, "women": 0, "sector": "46"},
    ... ]
    >>> summary = aggregate(rows)[0]
    >>> summary["organ_group"], summary["companies"], summary["mean_share_women"]
    ('rvc', 2, 0.1667)
    >>> summary["all_male"], summary["listed"], summary["listed_meeting_quota"]
    (1, 1, 1)

    For publication, ``suppress_below`` hides the figures of small groups: a row whose organs
    hold fewer than ``suppress_below`` people together gets ``None`` for every count and share,
    and every row says whether it was ``suppressed`` (the key appears only with the option):

    >>> [(row["group"], row["companies"], row["suppressed"])
    ...  for row in aggregate(rows, suppress_below=5)]
    [('all', 2, False), ('20', 1, False), ('46', None, True)]

    Raises:
        LoadError: listing every row that is not a mapping, or whose ``company``, ``organ``,
            counts, ``sector`` (an SBI code as text or an int: ``1`` and ``"01"`` are the same
            division), ``employees`` or ``date`` are bad (each with its 1-based position, or its line for a row read from
            a file; its field and value).
        InvalidCount: if ``suppress_below`` is not a whole number of at least 0.

    Counts may be integral numpy scalars and dates pandas or numpy dates (at midnight); a
    missing value (``None``, NaN, ``pd.NA``, ``NaT``) in ``other``, ``unknown``, ``sector``,
    ``employees``, ``date`` or ``target`` counts as not given.

    .. versionchanged:: 0.2.0
       An int SBI code (as pandas reads a column of codes) was left out of the sector
       breakdown; a ``sector``, ``employees`` or ``date`` that is not one is now refused.

    .. versionchanged:: 0.1.0
       Rows are checked (junk raised ``TypeError`` or was truncated by ``int()``), and
       ``suppress_below`` was added.
    """
    if suppress_below is not None:
        suppress_below = _validate.count("suppress_below", suppress_below)
    checked = _aggregate_rows(rows)
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row, kind, (men, women, other, unknown), (sector, employees, on) in checked:
        organ_group = _GROUPS[kind]
        keys = [("all", "all")]
        if sector is not None:
            keys.append(("sector", sector))
        size = _size_class(employees)
        if size is not None:
            keys.append(("size", size))
        members = men + women + other + unknown
        # The quota's verdict as evaluate() gives it for this row: the same kernel, the same
        # in-force dates; "met" only where the verdict is compliant (never on a guess).
        quota_met = (
            kind in quota.REACHED
            and on is not None
            and quota.in_force(on)
            and quota._decide(men, women, other, unknown)[0] is Verdict.COMPLIANT
        )
        reported = _yes(row.get("reported"))
        with_target = not _validate.missing(row.get("target"))
        listed = organ_group == "rvc" and _yes(row.get("listed"))
        for group_by, group in keys:
            bucket = groups.setdefault(
                (group_by, group, organ_group),
                {"companies": set(), "reported": set(), "targets": set(), "shares": [],
                 "all_male": 0, "organs": 0, "listed": set(), "listed_ok": set(), "people": 0},
            )  # fmt: skip
            company = row["company"]
            bucket["companies"].add(company)
            bucket["organs"] += 1
            bucket["people"] += members
            if reported:
                bucket["reported"].add(company)
            if with_target:
                bucket["targets"].add(company)
            if members:
                bucket["shares"].append(Fraction(women, members))
                if women == 0 and men > 0:
                    bucket["all_male"] += 1
            if listed:
                bucket["listed"].add(company)
                if quota_met:
                    bucket["listed_ok"].add(company)
    result = []
    for (group_by, group, organ_group), bucket in sorted(groups.items()):
        shares = bucket["shares"]
        result.append(
            {
                "group_by": group_by,
                "group": group,
                "organ_group": organ_group,
                "companies": len(bucket["companies"]),
                "organs": bucket["organs"],
                "reported": len(bucket["reported"]),
                "with_target": len(bucket["targets"]),
                "mean_share_women": round(float(statistics.fmean(shares)), 4) if shares else None,
                "median_share_women": round(float(statistics.median(shares)), 4)
                if shares
                else None,
                "all_male": bucket["all_male"],
                "all_male_share": round(bucket["all_male"] / len(shares), 4) if shares else None,
                "listed": len(bucket["listed"]) if organ_group == "rvc" else None,
                "listed_meeting_quota": len(bucket["listed_ok"]) if organ_group == "rvc" else None,
            }
        )
        if suppress_below is not None:
            suppressed = bucket["people"] < suppress_below
            if suppressed:
                result[-1].update(dict.fromkeys(_FIGURES))
            result[-1]["suppressed"] = suppressed
    from ingroeiquotum import display  # rows that show themselves as a table in a notebook

    return display.Table(result)


_FIGURES = (
    "companies", "organs", "reported", "with_target", "mean_share_women", "median_share_women",
    "all_male", "all_male_share", "listed", "listed_meeting_quota",
)  # fmt: skip
"""The figures of an aggregate row, hidden when the row is suppressed."""


_Checked = tuple[
    Mapping[str, object],
    OrganKind,
    tuple[int, int, int, int],
    tuple[str | None, Decimal | None, date | None],
]


def _aggregate_rows(rows: Iterable[Mapping[str, object]]) -> list[_Checked]:
    """The rows :func:`aggregate` reads, checked: every problem of every row at once."""
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise InvalidArgument("rows", rows, "must be an iterable of mappings")
    checked = []
    errors: list[RowError] = []
    for number, row in _tables.numbered(rows):
        if not isinstance(row, Mapping):
            errors.append(RowError(number, "row", row, "must be a mapping"))
            continue
        kind, organ_problem = _organ_checked(number, row.get("organ"))
        company_problem = _company_problem(number, row.get("company"))
        problems = [problem for problem in (company_problem, organ_problem) if problem]
        counts = []
        for key in _COUNTS:
            value = row.get(key)
            if key in ("other", "unknown") and _validate.missing(value):
                value = 0
            count, problem = _count(number, key, value)
            if problem is None:
                counts.append(cast(int, count))
            else:
                problems.append(problem)
        sector, sector_problem = _sector(number, row.get("sector"))
        employees, employees_problem = _employees(number, row.get("employees"))
        on, date_problem = _date(number, row.get("date"))
        problems.extend(
            problem for problem in (sector_problem, employees_problem, date_problem) if problem
        )
        errors.extend(problems)
        if not problems and kind is not None:
            men, women, other, unknown = counts
            checked.append((row, kind, (men, women, other, unknown), (sector, employees, on)))
    if errors:
        raise LoadError("rows", errors)
    return checked
