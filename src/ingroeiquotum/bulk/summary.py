"""
A population summary per year, in the style of the SER's Bedrijvenmonitor.

The rows are read once, each into a *cell* (its year, organ, SBI section and division, size
class and listed or not) that adds up its counts, the companies it holds and how many organs
have each share of women; the cells are then rolled up into every grouping. The quota and the
targets are decided per row by the kernels that :func:`~ingroeiquotum.bulk.evaluate` calls.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from operator import itemgetter
from typing import Any

from ingroeiquotum import _tables, _validate
from ingroeiquotum.bulk import sbi
from ingroeiquotum.bulk._rows import _company_problem, _count, _organ_checked, _parse_target
from ingroeiquotum.bulk.figures import (
    _ALL_MALE,
    _APPLIES,
    _COMPANIES,
    _LISTED,
    _MEETING,
    _MEN,
    _MET,
    _OBLIGED,
    _ORGANS,
    _PAIRS,
    _REPORTED,
    _SEATS,
    _SUMS,
    _TARGET_PAIRS,
    _TARGETS,
    _WITH_MEMBERS,
    _WITH_TARGET,
    _WOMEN,
    CellKey,
    Grouping,
    add_target,
    checked_by,
    company_counts,
    empty,
    organ_group,
    rolled_up,
    size_class,
    summarise,
    target_share,
)  # fmt: skip
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.bw2 import quota, scope, target_standing, targets
from ingroeiquotum.law.findings import Verdict
from ingroeiquotum.model.company import LegalForm
from ingroeiquotum.model.organs import OrganKind

# --- reading the rows ------------------------------------------------------------------------

_MAX = _validate.MAX_PEOPLE
_KEYS = (
    "company", "organ", "date", "men", "women", "other", "unknown", "sector", "employees",
    "listed", "large", "reported", "target", "target_form",
)  # fmt: skip
_NOTHING = (None,) * len(_KEYS)

# A row's values once checked: company, kind, finest organ group, date, the four counts,
# SBI section and division, size class, listed, large, reported.
_Values = tuple[
    str, OrganKind, str, date, int, int, int, int,
    str | None, str | None, str | None, bool | None, bool, bool,
]  # fmt: skip


def _flag(number: int, key: str, value: object) -> tuple[bool | None, RowError | None]:
    """An optional flag (``listed``, ``large``): a bool or numpy bool, ``None`` if missing."""
    if type(value) is bool or value is None:
        return value, None
    if _validate.missing(value):
        return None, None
    try:
        return _validate.flag(key, value), None
    except InvalidArgument as error:
        return None, RowError(number, key, value, error.reason)


def _employees(number: int, value: object) -> tuple[str | None, RowError | None]:
    """The size class of a row's ``employees`` (a number of people), or its problem."""
    if type(value) is int and 0 <= value <= _MAX:
        return size_class(value), None
    if _validate.missing(value):
        return None, None
    try:
        return size_class(_validate.amount("employees", value, _MAX)), None
    except InvalidArgument as error:
        return None, RowError(number, "employees", value, error.reason)


def _sector(number: int, value: object) -> tuple[tuple[str | None, str | None], RowError | None]:
    try:
        return sbi.sector_of(value), None
    except InvalidArgument as error:
        return (None, None), RowError(number, "sector", value, error.reason)


def _checked(number: int, row: object) -> tuple[_Values | None, list[RowError]]:
    """One row's values through the checks of ``_validate``, or every problem of the row."""
    if not isinstance(row, Mapping):
        return None, [RowError(number, "row", row, "must be a mapping")]
    company = row.get("company")
    problems = [_company_problem(number, company)]
    kind, organ_problem = _organ_checked(number, row.get("organ"))
    problems.append(organ_problem)
    on: date | None = None
    if "date" not in row or _validate.missing(row["date"]):
        problems.append(RowError(number, "date", row.get("date"), "is missing"))
    else:
        try:
            on = _validate.day("date", row["date"])
        except InvalidArgument as error:
            problems.append(RowError(number, "date", row["date"], error.reason))
    counts = []
    for key in ("men", "women", "other", "unknown"):
        value = row.get(key)
        if key in ("other", "unknown") and _validate.missing(value):
            value = 0
        count, problem = _count(number, key, value)
        counts.append(count or 0)
        problems.append(problem)
    (section, division), sector_problem = _sector(number, row.get("sector"))
    size, employees_problem = _employees(number, row.get("employees"))
    listed, listed_problem = _flag(number, "listed", row.get("listed"))
    large, large_problem = _flag(number, "large", row.get("large"))
    problems += [sector_problem, employees_problem, listed_problem, large_problem]
    found = [problem for problem in problems if problem is not None]
    if found or kind is None or on is None or not isinstance(company, str):
        return None, found
    fine = organ_group(row["organ"])[1]
    men, women, other, unknown = counts
    reported = _validate.plain(row.get("reported")) is True
    return (
        company, kind, fine, on, men, women, other, unknown,
        section, division, size, listed, bool(large), reported,
    ), []  # fmt: skip


def aggregate(
    rows: Iterable[Mapping[str, object]],
    *,
    suppress_below: int | None = None,
    by: Collection[Grouping] | None = None,
) -> list[dict[str, object]]:
    """
    A population summary per year in the style of the SER's Bedrijvenmonitor, as tidy rows.

    Years are never mixed: each row of the result holds the figures of one calendar ``year``
    (of the input rows' ``date``), one grouping (``group_by``: ``"all"``, and where the rows
    have them ``"section"`` and ``"division"`` of the SBI 2008 from ``sector``, ``"size"``
    from ``employees`` and ``"listed"``) and its ``group``, and one ``organ_group``
    (``bestuur``: the bestuur or the executive directors; ``rvc``: the RvC or the
    non-executives; ``subtop``: every category together; ``subtop:<name>``: one category).
    ``by`` chooses the breakdowns beside ``"all"`` (default: all four). The figures, every one
    documented in ``docs/reference/bulk.md``: companies, organs, seats, women, men, the share
    of seats held by women (the SER's measure), the mean and exact median share of women per
    organ, all-male organs, the companies that reported, set a target and are large (the
    targets duty) and the organs that meet their target, and for the ``rvc`` group the listed
    companies, those the quota reaches that day and those meeting it. Each share names its
    denominator: ``all_male_share`` is of ``organs_with_members``, ``obliged_with_target_share``
    of ``obliged``, ``organs_meeting_target_share`` of ``organs_with_target`` and
    ``listed_meeting_quota_share`` of ``listed_quota_applies``.

    The quota and the targets are decided as :func:`~ingroeiquotum.bulk.evaluate` decides them
    for the same rows (the same kernels and in-force dates): a company meets the quota where
    a supervisory row of it is ``compliant`` in evaluate's quota rows, an organ its target
    where evaluate's target row is ``compliant``.

    >>> from datetime import date
    >>> rows = [
    ...     {"company": "A", "organ": "rvc", "date": date(2024, 12, 31), "legal_form": "NV",
    ...      "listed": True, "men": 4, "women": 2, "sector": "20"},
    ...     {"company": "B", "organ": "rvc", "date": date(2024, 12, 31), "legal_form": "BV",
    ...      "listed": False, "men": 3, "women": 0, "sector": 4612},
    ...     {"company": "A", "organ": "rvc", "date": date(2025, 12, 31), "legal_form": "NV",
    ...      "listed": True, "men": 3, "women": 3, "sector": "20"},
    ... ]
    >>> first = aggregate(rows)[0]
    >>> first["year"], first["organ_group"], first["companies"], first["seats"], first["women"]
    (2024, 'rvc', 2, 9, 2)
    >>> first["share_of_seats_women"], first["mean_share_women"], first["all_male"]
    (0.2222, 0.1667, 1)
    >>> first["listed"], first["listed_quota_applies"], first["listed_meeting_quota"]
    (1, 1, 1)
    >>> [(row["year"], row["group"]) for row in aggregate(rows, by=["section"])]
    [(2024, 'all'), (2024, 'C'), (2024, 'G'), (2025, 'all'), (2025, 'C')]

    For publication, ``suppress_below`` hides the figures of small groups: a row whose organs
    hold fewer than ``suppress_below`` seats together gets ``None`` for every figure, and every
    row says whether it was ``suppressed`` (the key appears only with the option):

    >>> [(row["group"], row["companies"], row["suppressed"])
    ...  for row in aggregate(rows[:2], suppress_below=5, by=["division"])]
    [('all', 2, False), ('20', 1, False), ('46', None, True)]

    Raises:
        LoadError: listing every row that is not a mapping, or whose ``company``, ``organ``,
            ``date`` (required), counts, ``sector`` (an SBI 2008 code as text, ``"64.19"``, or
            an int, ``6419``, or a section letter), ``employees``, ``listed``, ``large``,
            ``target`` or ``target_form`` are bad (each with its 1-based position, or its line
            for a row read from a file; its field and value).
        InvalidCount: if ``suppress_below`` is not a whole number of at least 0.
        InvalidArgument: if ``by`` names an unknown breakdown.

    Counts may be integral numpy scalars and dates pandas or numpy dates (at midnight); a
    missing value (``None``, NaN, ``pd.NA``, ``NaT``) in ``other``, ``unknown``, ``sector``,
    ``employees``, ``listed``, ``large`` or ``target`` counts as not given.

    .. versionchanged:: 0.3.0
       Figures per year (``year``), never over several years; a row needs its ``date``. New
       figures (seats, women, the share of seats, shares with their denominators, target
       and quota denominators), SBI sections and divisions (``group_by`` ``"section"`` and
       ``"division"`` replace ``"sector"``), listed / not listed, each subtop category, and
       ``by``. The mean share is exact. A bad ``target``, ``listed`` or ``large`` is refused.

    .. versionchanged:: 0.2.0
       An int SBI code (as pandas reads a column of codes) was left out of the sector
       breakdown; a ``sector``, ``employees`` or ``date`` that is not one is now refused.
    """
    if suppress_below is not None:
        suppress_below = _validate.count("suppress_below", suppress_below)
    groupings = checked_by(by)
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise InvalidArgument("rows", rows, "must be an iterable of mappings")
    groups = rolled_up(_cells(rows), groupings)
    result = summarise(
        {
            key: (figures[:_SUMS], figures[_PAIRS], company_counts(figures), figures[_TARGET_PAIRS])
            for key, figures in groups.items()
        },
        suppress_below,
    )
    from ingroeiquotum import display  # rows that show themselves as a table in a notebook

    return display.Table(result)


def _cells(rows: Iterable[Mapping[str, object]]) -> dict[CellKey, list[Any]]:
    """Every row read into its cell; every problem of every row raised at once."""
    cells: dict[CellKey, list[Any]] = {}
    errors: list[RowError] = []
    organs: dict[object, tuple[OrganKind, str]] = {}
    sectors: dict[object, tuple[str | None, str | None]] = {None: (None, None)}
    sizes: dict[object, str | None] = {None: None}
    in_force_on: dict[date, bool] = {}
    verdicts: dict[tuple[int, int, int, int], bool] = {}
    goals: dict[tuple[object, object, int], Any] = {}
    fetch = itemgetter(*_KEYS)
    in_force, decide, supervisory = quota.in_force, quota._decide, quota.REACHED
    # Whether the quota reaches a listed BV (reading quota.listed_bv), asked once of its home;
    # where it does not, the legal form of each listed row is read (and must be given).
    nv_only = not scope.quota_reaches_form("BV")[0]
    forms: dict[object, bool] = {}
    compliant = Verdict.COMPLIANT
    for position, row in enumerate(rows, start=1):
        try:
            given = fetch(row)
        except Exception:  # a key missing (optional ones may be), or not a mapping
            given = tuple(map(row.get, _KEYS)) if isinstance(row, Mapping) else _NOTHING
        (company, organ, on, men, women, other, unknown, sector, employees, listed, large,
         reported, target, form) = given  # fmt: skip
        if other is None:
            other = 0
        if unknown is None:
            unknown = 0
        try:
            kind, fine = organs[organ]
            section, division = sectors[sector]
            size = sizes[employees]
        except Exception:  # an unhashable value, or a first sight: the checked way
            kind = None
        if (
            kind is None
            or type(company) is not str
            or not company
            or type(on) is not date
            or type(men) is not int
            or type(women) is not int
            or type(other) is not int
            or type(unknown) is not int
            or not 0 <= (men | women | other | unknown) <= _MAX
            or (sector is not None and type(sector) is not str and type(sector) is not int)
            or (employees is not None and type(employees) not in (int, Decimal))
            or (listed is not None and type(listed) is not bool)
            or (large is not None and type(large) is not bool)
        ):
            values, problems = _checked(_tables.line(row, position), row)
            if values is None:
                errors.extend(problems)
                continue
            (company, kind, fine, on, men, women, other, unknown,
             section, division, size, listed, large, reported) = values  # fmt: skip
            _remember(row, values, organs, sectors, sizes)
        elif reported is not True and reported is not None and reported is not False:
            reported = _validate.plain(reported) is True
        met = None
        if target is not None:
            known, by_identity = _target_key(target)
            goal_key = (known, form, id(kind))
            try:
                goal = goals.get(goal_key)
            except TypeError:  # an unhashable target_form
                goal = None
            if goal is None or (by_identity and goal[0] is not target):
                try:
                    goal = (target, _goal(target, form, kind), {})
                except InvalidArgument as error:
                    field = "target_form" if error.field == "target_form" else "target"
                    value = form if field == "target_form" else target
                    errors.append(RowError(_tables.line(row, position), field, value, error.reason))
                    continue
                with contextlib.suppress(TypeError):  # an unhashable target_form
                    goals[goal_key] = goal
            if goal[1] is not None:
                counts = (men, women, other, unknown)
                stood: dict[tuple[int, int, int, int], bool] = goal[2]
                met = stood.get(counts)
                if met is None:
                    met = stood[counts] = _met(goal[1], counts)
        members = men + women + other + unknown
        if errors:
            continue
        place = (on.year, fine, section, division, size, listed)
        cell = cells.get(place)
        if cell is None:
            cell = cells[place] = empty()
        cell[_ORGANS] += 1
        cell[_SEATS] += members
        cell[_WOMEN] += women
        cell[_MEN] += men
        cell[_COMPANIES].add(company)
        if members:
            cell[_WITH_MEMBERS] += 1
            pairs = cell[_PAIRS]
            pair = (women, members)
            pairs[pair] = pairs.get(pair, 0) + 1
            if not women and men:
                cell[_ALL_MALE] += 1
        if reported:
            cell[_REPORTED].add(company)
        if large:
            cell[_OBLIGED].add(company)
        if met is not None and goal is not None:  # met is known only for a parsed goal
            share = target_share(goal[1])
            if share is not None:
                add_target(cell, share)
            cell[_TARGETS].add(company)
            cell[_WITH_TARGET] += 1
            if met:
                cell[_MET] += 1
        if listed and kind in supervisory:
            cell[_LISTED].add(company)
            applies = in_force_on.get(on)
            if applies is None:
                applies = in_force_on[on] = in_force(on)
            if applies and nv_only:
                form = row.get("legal_form")
                reached = forms.get(form) if isinstance(form, str) else None
                if reached is None:
                    try:
                        reached = scope.quota_reaches_form(LegalForm.parse(form, "legal_form"))[0]
                    except InvalidArgument as error:
                        errors.append(
                            RowError(_tables.line(row, position), "legal_form", form, error.reason)
                        )
                        continue
                    if isinstance(form, str):
                        forms[form] = reached
                applies = reached
            if applies:
                cell[_APPLIES].add(company)
                counts = (men, women, other, unknown)
                meets = verdicts.get(counts)
                if meets is None:
                    meets = verdicts[counts] = decide(*counts)[0] is compliant
                if meets:
                    cell[_MEETING].add(company)
    if errors:
        raise LoadError("rows", errors)
    return cells


def _remember(
    row: Mapping[str, object],
    values: _Values,
    organs: dict[object, tuple[OrganKind, str]],
    sectors: dict[object, tuple[str | None, str | None]],
    sizes: dict[object, str | None],
) -> None:
    """Keep what a checked row's plain organ, sector and employees gave, for the next rows."""
    organ, sector, employees = row["organ"], row.get("sector"), row.get("employees")
    if type(organ) is str:
        organs[organ] = (values[1], values[2])
    if type(sector) in (str, int):
        sectors[sector] = (values[8], values[9])
    if type(employees) in (int, Decimal):
        sizes[employees] = values[10]


def _target_key(target: object) -> tuple[object, bool]:
    """
    What a row's target is known by in the cache: a plain value or a Fraction by its value, any
    other object by its identity (``True``: the cache keeps the object, so the id stays its own).
    """
    kind = type(target)
    if kind is str or kind is float or kind is int:
        return target, False
    if kind is Fraction:
        return (target.numerator, target.denominator), False  # type: ignore[attr-defined]
    return id(target), True


def _goal(target: object, form: object, kind: OrganKind) -> targets.Target | None:
    """A row's target parsed as evaluate parses it, or ``None`` for a missing one."""
    if _validate.missing(target):
        return None
    return _parse_target(target, form, kind)


def _met(goal: targets.Target, counts: tuple[int, int, int, int]) -> bool:
    """
    Whether the organ stands at its target, as evaluate's target row says it (``compliant``):
    the persons the target needs and the kernel that evaluate calls.
    """
    men, women, other, unknown = counts
    members = men + women + other + unknown
    needed = target_standing._needed(goal, members)
    return target_standing._judge(goal.form, needed, men, women, members, unknown)[2] is True
