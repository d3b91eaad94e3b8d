"""
The figures of the population summary per year, shared by :func:`~ingroeiquotum.bulk.aggregate`
and :func:`~ingroeiquotum.bulk.aggregate_frame`: the organ groups and size classes, a group's
figures, the exact mean and median from counts, and the output rows.

>>> size_class(249), size_class(250), size_class(1000), size_class(None)
('<250', '250-499', '1000+', None)
>>> organ_group("non_executive"), organ_group("subtop:Directie")
((<OrganKind.NON_EXECUTIVE: 'non_executive'>, 'rvc'), (<OrganKind.SUBTOP: 'subtop'>, 'subtop:Directie'))
>>> mean_and_median({(1, 3): 1, (0, 3): 1, (2, 5): 1})
(0.2444, 0.3333)
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from math import gcd, lcm
from typing import Any, Literal

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.model.organs import Organ, OrganKind
from ingroeiquotum.model.target import TargetForm

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
_TARGET_PAIRS = 16  # {(numerator, denominator) of a share target: organs}


def empty() -> list[Any]:
    """A cell's or group's figures before anything is added: zeros, no pairs, no companies."""
    return [0] * _SUMS + [{}] + [set() for _ in _SETS] + [{}]


def target_share(goal: Any) -> Fraction | None:
    """The share a target sets (of women, or of each sex), or ``None`` for a number of women."""
    if goal is None or goal.form is TargetForm.WOMEN_COUNT:
        return None
    return Fraction(goal.value)


def add_target(cell: list[Any], share: Fraction) -> None:
    """Count an organ whose target is the share ``share`` (of women, or of each sex)."""
    pairs = cell[_TARGET_PAIRS]
    pair = (share.numerator, share.denominator)
    pairs[pair] = pairs.get(pair, 0) + 1


def _merge(into: list[Any], cell: list[Any]) -> None:
    """Add a cell's figures to a group's."""
    for index in range(_SUMS):
        into[index] += cell[index]
    pairs = into[_PAIRS]
    for pair, organs in cell[_PAIRS].items():
        pairs[pair] = pairs.get(pair, 0) + organs
    for index in _SETS:
        into[index] |= cell[index]
    targets = into[_TARGET_PAIRS]
    for pair, organs in cell[_TARGET_PAIRS].items():
        targets[pair] = targets.get(pair, 0) + organs


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def mean_and_median(pairs: Mapping[tuple[int, int], int]) -> tuple[float | None, float | None]:
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
    numerator = sum(
        women * (common // members) * organs for (women, members), organs in reduced.items()
    )
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
    assert low is not None
    assert high is not None
    return mean, round(float((low + high) / 2), 4)


Figures = tuple[
    Sequence[int], Mapping[tuple[int, int], int], Sequence[int], Mapping[tuple[int, int], int]
]
"""A group's figures: the sums (organs, organs with members, seats, women, men, all-male
organs, organs with a target, organs meeting it), how many organs have each (women, members),
the companies counted (in the group, reported, with a target, obliged, obliged with a
target, listed, listed the quota reaches, listed meeting it), and how many organs have each
share target (numerator, denominator)."""


def company_counts(figures: list[Any]) -> tuple[int, ...]:
    """The companies counted from a group's sets of companies."""
    return (
        len(figures[_COMPANIES]),
        len(figures[_REPORTED]),
        len(figures[_TARGETS]),
        len(figures[_OBLIGED]),
        len(figures[_OBLIGED] & figures[_TARGETS]),
        len(figures[_LISTED]),
        len(figures[_APPLIES]),
        len(figures[_MEETING]),
    )


def finish(key: tuple[int, str, str, str], figures: Figures) -> dict[str, object]:
    """One output row from a group's figures (both :func:`aggregate` and the frame path)."""
    year, group_by, group, organs_group = key
    sums, pairs, companies, target_pairs = figures
    organs, with_members, seats, women, men, all_male, with_target, met = sums
    total, reported, targets_set, obliged, obliged_with_target, listed, applies, meeting = companies
    mean, median = mean_and_median(pairs)
    _, median_target = mean_and_median(target_pairs)
    supervisory = organs_group == "rvc"
    return {
        "year": year,
        "group_by": group_by,
        "group": group,
        "organ_group": organs_group,
        "companies": total,
        "organs": organs,
        "organs_with_members": with_members,
        "seats": seats,
        "women": women,
        "men": men,
        "share_of_seats_women": _share(women, seats),
        "mean_share_women": mean,
        "median_share_women": median,
        "all_male": all_male,
        "all_male_share": _share(all_male, with_members),
        "reported": reported,
        "with_target": targets_set,
        "obliged": obliged,
        "obliged_with_target": obliged_with_target,
        "obliged_with_target_share": _share(obliged_with_target, obliged),
        "organs_with_target": with_target,
        "organs_meeting_target": met,
        "organs_meeting_target_share": _share(met, with_target),
        "median_target": median_target,
        "listed": listed if supervisory else None,
        "listed_quota_applies": applies if supervisory else None,
        "listed_meeting_quota": meeting if supervisory else None,
        "listed_meeting_quota_share": _share(meeting, applies) if supervisory else None,
    }


FIGURES = (
    "companies", "organs", "organs_with_members", "seats", "women", "men",
    "share_of_seats_women", "mean_share_women", "median_share_women", "all_male",
    "all_male_share", "reported", "with_target", "obliged", "obliged_with_target",
    "obliged_with_target_share", "organs_with_target", "organs_meeting_target",
    "organs_meeting_target_share", "median_target", "listed", "listed_quota_applies", "listed_meeting_quota",
    "listed_meeting_quota_share",
)  # fmt: skip
"""The figures of an output row (hidden when it is suppressed), after its four keys."""

CellKey = tuple[int, str, str | None, str | None, str | None, bool | None]
"""A cell: year, finest organ group, SBI section, SBI division, size class, listed."""


def rolled_up(
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
                    figures = groups[key] = empty()
                _merge(figures, cell)
    return groups


def summarise(
    groups: Mapping[tuple[int, str, str, str], Figures], suppress_below: int | None
) -> list[dict[str, object]]:
    """The output rows of the groups, sorted; the small groups suppressed where asked."""
    result = []
    for key, figures in sorted(groups.items()):
        row = finish(key, figures)
        if suppress_below is not None:
            suppressed = figures[0][_SEATS] < suppress_below
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
    return chosen
