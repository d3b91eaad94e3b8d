"""
A population summary per year, in the style of the SER's Bedrijvenmonitor.

The rows are read once, each into a *cell* (its year, organ, SBI section and division, size
class and listed or not) that adds up its counts, the companies it holds and how many organs
have each share of women; the cells are then rolled up into every grouping. The quota and the
targets are decided per row by the kernels that :func:`~ingroeiquotum.bulk.evaluate` calls.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import gcd, lcm
from operator import itemgetter
from typing import Any, Literal

from ingroeiquotum import _tables, _validate
from ingroeiquotum.bulk import sbi
from ingroeiquotum.bulk._rows import _company_problem, _count, _organ_checked, _parse_target
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.bw2 import quota, target_standing, targets
from ingroeiquotum.law.findings import Verdict
from ingroeiquotum.model.organs import Organ, OrganKind

Grouping = Literal["section", "division", "size", "listed"]
"""A breakdown of :func:`aggregate` beside ``"all"``."""

GROUPINGS: tuple[Grouping, ...] = ("section", "division", "size", "listed")
"""Every breakdown, the default of ``by``."""

_GROUPS = {
    OrganKind.BESTUUR: "bestuur",
    OrganKind.EXECUTIVE: "bestuur",
    OrganKind.RVC: "rvc",
    OrganKind.NON_EXECUTIVE: "rvc",
    OrganKind.SUBTOP: "subtop",
}

_SIZES = ((0, 250, "<250"), (250, 500, "250-499"), (500, 1000, "500-999"), (1000, None, "1000+"))


def size_class(employees: Decimal | int | None) -> str | None:
    """The size class of a number of employees (``"<250"`` ... ``"1000+"``), or ``None``."""
    if employees is None:
        return None
    for low, high, label in _SIZES:
        if employees >= low and (high is None or employees < high):
            return label
    return None


def organ_group(organ: object) -> tuple[OrganKind, str]:
    """
    The kind of an organ and its finest organ group: ``"bestuur"``, ``"rvc"`` or
    ``"subtop:<name>"`` (one category; every category is also in ``"subtop"``).
    """
    parsed = Organ.parse(organ)
    if parsed.kind is OrganKind.SUBTOP:
        return parsed.kind, str(parsed)
    return parsed.kind, _GROUPS[parsed.kind]


# The figures of a cell and of a group, by position: the sums, then the sets of companies.
_ORGANS, _WITH_MEMBERS, _SEATS, _WOMEN, _MEN, _ALL_MALE, _WITH_TARGET, _MET = range(8)
_PAIRS = 8  # {(women, members): organs}
_COMPANIES, _REPORTED, _TARGETS, _OBLIGED, _LISTED, _APPLIES, _MEETING = range(9, 16)
_SUMS = 8
_SETS = range(9, 16)


def _empty() -> list[Any]:
    return [0] * _SUMS + [{}] + [set() for _ in _SETS]


def _merge(into: list[Any], cell: list[Any]) -> None:
    for index in range(_SUMS):
        into[index] += cell[index]
    pairs = into[_PAIRS]
    for pair, organs in cell[_PAIRS].items():
        pairs[pair] = pairs.get(pair, 0) + organs
    for index in _SETS:
        into[index] |= cell[index]


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _mean_and_median(pairs: Mapping[tuple[int, int], int]) -> tuple[float | None, float | None]:
    """
    The exact mean and median of women / members over the organs counted in ``pairs`` (how
    many organs have each pair), rounded to 4 decimals: integer arithmetic for the mean, and
    the median found by walking the distinct shares in order with their counts.
    """
    reduced: dict[tuple[int, int], int] = {}
    for (women, members), organs in pairs.items():
        divisor = gcd(women, members)
        key = (women // divisor, members // divisor)
        reduced[key] = reduced.get(key, 0) + organs
    total = sum(reduced.values())
    if not total:
        return None, None
    common = lcm(*(members for _, members in reduced))
    numerator = sum(women * (common // members) * organs for (women, members), organs in reduced.items())
    mean = round(float(Fraction(numerator, common * total)), 4)
    ordered = sorted(reduced.items(), key=lambda item: item[0][0] / item[0][1])
    low_at, high_at = (total - 1) // 2, total // 2
    low = high = None
    seen = 0
    for (women, members), organs in ordered:
        seen += organs
        if low is None and seen > low_at:
            low = Fraction(women, members)
        if seen > high_at:
            high = Fraction(women, members)
            break
    assert low is not None and high is not None
    return mean, round(float((low + high) / 2), 4)


def _finish(key: tuple[int, str, str, str], figures: list[Any]) -> dict[str, object]:
    """One output row from a group's figures (both :func:`aggregate` and the frame path)."""
    year, group_by, group, organs_group = key
    mean, median = _mean_and_median(figures[_PAIRS])
    with_members, with_target = figures[_WITH_MEMBERS], figures[_WITH_TARGET]
    obliged = figures[_OBLIGED]
    obliged_with_target = len(obliged & figures[_TARGETS])
    supervisory = organs_group == "rvc"
    applies = len(figures[_APPLIES])
    meeting = len(figures[_MEETING])
    return {
        "year": year,
        "group_by": group_by,
        "group": group,
        "organ_group": organs_group,
        "companies": len(figures[_COMPANIES]),
        "organs": figures[_ORGANS],
        "organs_with_members": with_members,
        "seats": figures[_SEATS],
        "women": figures[_WOMEN],
        "men": figures[_MEN],
        "share_of_seats_women": _share(figures[_WOMEN], figures[_SEATS]),
        "mean_share_women": mean,
        "median_share_women": median,
        "all_male": figures[_ALL_MALE],
        "all_male_share": _share(figures[_ALL_MALE], with_members),
        "reported": len(figures[_REPORTED]),
        "with_target": len(figures[_TARGETS]),
        "obliged": len(obliged),
        "obliged_with_target": obliged_with_target,
        "obliged_with_target_share": _share(obliged_with_target, len(obliged)),
        "organs_with_target": with_target,
        "organs_meeting_target": figures[_MET],
        "organs_meeting_target_share": _share(figures[_MET], with_target),
        "listed": len(figures[_LISTED]) if supervisory else None,
        "listed_quota_applies": applies if supervisory else None,
        "listed_meeting_quota": meeting if supervisory else None,
        "listed_meeting_quota_share": _share(meeting, applies) if supervisory else None,
    }


FIGURES = (
    "companies", "organs", "organs_with_members", "seats", "women", "men",
    "share_of_seats_women", "mean_share_women", "median_share_women", "all_male",
    "all_male_share", "reported", "with_target", "obliged", "obliged_with_target",
    "obliged_with_target_share", "organs_with_target", "organs_meeting_target",
    "organs_meeting_target_share", "listed", "listed_quota_applies", "listed_meeting_quota",
    "listed_meeting_quota_share",
)  # fmt: skip
"""The figures of an output row (hidden when it is suppressed), after its four keys."""

CellKey = tuple[int, str, str | None, str | None, str | None, bool | None]
"""A cell: year, finest organ group, SBI section, SBI division, size class, listed."""


def _rolled_up(
    cells: Mapping[CellKey, list[Any]], by: Collection[Grouping]
) -> dict[tuple[int, str, str, str], list[Any]]:
    """Every group's figures: each cell added to each grouping and organ group it is in."""
    groups: dict[tuple[int, str, str, str], list[Any]] = {}
    for (year, fine, section, division, size, listed), cell in cells.items():
        keys = [("all", "all")]
        if section is not None and "section" in by:
            keys.append(("section", section))
        if division is not None and "division" in by:
            keys.append(("division", division))
        if size is not None and "size" in by:
            keys.append(("size", size))
        if listed is not None and "listed" in by:
            keys.append(("listed", "listed" if listed else "not_listed"))
        organ_groups = (fine, "subtop") if fine.startswith("subtop:") else (fine,)
        for group_by, group in keys:
            for each in organ_groups:
                key = (year, group_by, group, each)
                figures = groups.get(key)
                if figures is None:
                    figures = groups[key] = _empty()
                _merge(figures, cell)
    return groups


def summarise(
    cells: Mapping[CellKey, list[Any]], by: Collection[Grouping], suppress_below: int | None
) -> list[dict[str, object]]:
    """The output rows of the cells, sorted; the small groups suppressed where asked."""
    result = []
    for key, figures in sorted(_rolled_up(cells, by).items()):
        row = _finish(key, figures)
        if suppress_below is not None:
            suppressed = figures[_SEATS] < suppress_below
            if suppressed:
                row.update(dict.fromkeys(FIGURES))
            row["suppressed"] = suppressed
        result.append(row)
    return result


def checked_by(by: object) -> tuple[Grouping, ...]:
    """``by`` as a tuple of groupings, or :class:`InvalidArgument` naming ``by``."""
    if by is None:
        return GROUPINGS
    if isinstance(by, str) or not isinstance(by, Iterable):
        raise InvalidArgument("by", by, f"must be a collection of {', '.join(GROUPINGS)}")
    chosen = tuple(by)
    wrong = [each for each in chosen if each not in GROUPINGS]
    if wrong:
        raise InvalidArgument("by", wrong, f"must each be one of {', '.join(GROUPINGS)}")
    return chosen  # type: ignore[return-value]


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
    return summarise(_cells(rows), groupings, suppress_below)


def _cells(rows: Iterable[Mapping[str, object]]) -> dict[CellKey, list[Any]]:
    """Every row read into its cell; every problem of every row raised at once."""
    cells: dict[CellKey, list[Any]] = {}
    errors: list[RowError] = []
    organs: dict[object, tuple[OrganKind, str]] = {}
    sectors: dict[object, tuple[str | None, str | None]] = {None: (None, None)}
    sizes: dict[object, str | None] = {None: None}
    in_force_on: dict[date, bool] = {}
    verdicts: dict[tuple[int, int, int, int], bool] = {}
    goals: dict[tuple[int, object, int], Any] = {}
    fetch = itemgetter(*_KEYS)
    in_force, decide, supervisory = quota.in_force, quota._decide, quota.REACHED
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
            or (employees is not None and type(employees) is not int)
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
            key = (id(target), form, id(kind))
            try:
                goal = goals.get(key)
            except TypeError:  # an unhashable target_form
                goal = None
            if goal is None or goal[0] is not target:
                try:
                    goal = (target, _goal(target, form, kind), {})
                except InvalidArgument as error:
                    field = "target_form" if error.field == "target_form" else "target"
                    value = form if field == "target_form" else target
                    errors.append(RowError(_tables.line(row, position), field, value, error.reason))
                    continue
                try:
                    goals[key] = goal
                except TypeError:
                    pass
            if goal[1] is not None:
                counts = (men, women, other, unknown)
                met = goal[2].get(counts)
                if met is None:
                    met = goal[2][counts] = _met(goal[1], counts)
        members = men + women + other + unknown
        if errors:
            continue
        key = (on.year, fine, section, division, size, listed)
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = _empty()
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
        if met is not None:
            cell[_TARGETS].add(company)
            cell[_WITH_TARGET] += 1
            if met:
                cell[_MET] += 1
        if listed and kind in supervisory:
            cell[_LISTED].add(company)
            applies = in_force_on.get(on)
            if applies is None:
                applies = in_force_on[on] = in_force(on)
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
    if type(employees) is int:
        sizes[employees] = values[10]


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
