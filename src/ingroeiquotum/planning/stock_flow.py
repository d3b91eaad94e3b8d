"""
The stock-and-flow model of an organ (*instroom, doorstroom, uitstroom*): no law.

Each year a share of the members leaves (``outflow``), the seats are filled from outside
(``inflow_women`` of them women) and, in a pipeline, by promotion from the organ below. Every
split into whole persons is rounded half up with a carry (:data:`ROUNDING`).
:mod:`ingroeiquotum.projection` runs it against a target; the names here are reachable there.

>>> from ingroeiquotum.composition import Composition
>>> course = Course(outflow="25%", inflow_women="50%")
>>> [entry.composition.women for entry in project(Composition(6, 2), course, 2025, years=3)]
[2, 2, 3, 3]
"""

from __future__ import annotations

__all__ = ["ROUNDING", "Course", "YearProjection", "pipeline", "project"]

import math
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.bw2.targets import parse_share
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ, OrganLike

ROUNDING = "half_up_with_carry"
"""
The rounding of every split into whole persons: half up (2.5 -> 3) after adding the part rounded
off in the same split the year before (error diffusion). See the module docstring.
"""


_MIN_YEAR = 1900


_MAX_YEAR = 2200


_HALF = Fraction(1, 2)


_Key: TypeAlias = Organ | None


_EMPTY = Composition(men=0, women=0)


def _year(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not _MIN_YEAR <= value <= _MAX_YEAR:
        raise InvalidArgument(
            field, value, f"must be a year (an int between {_MIN_YEAR} and {_MAX_YEAR})"
        )
    return value


def _share(field: str, value: object) -> Fraction:
    try:
        return parse_share(value)
    except InvalidArgument:
        raise InvalidArgument(
            field, value, "must be a share from 0 to 1 (a Fraction, '20%', '1/5' or 0.2)"
        ) from None


def _field_share(value: object, field: attrs.Attribute[Any]) -> Fraction | None:
    """A share field's converter: ``None`` where the field's default is ``None``."""
    if value is None and field.default is None:
        return None
    return _share(field.name, value)


# attrs >= 24.1 passes the field, so one converter serves every share field (mypy's attrs
# plugin does not know attrs.Converter yet: the fields carry an ignore, and their __init__
# parameters are typed Any, as the shims' ``object`` was).
_SHARE = attrs.Converter(_field_share, takes_field=True)


def _source(value: object) -> Organ | None:
    if value is None:
        return None
    try:
        return Organ.parse(value)
    except InvalidArgument as error:
        raise InvalidArgument("source", value, error.reason) from None


def _default_promotion(course: Course) -> Fraction:
    return Fraction(1) if course.source is not None else Fraction(0)


def _check_headcount(instance: Any, attribute: Any, value: Any) -> None:
    if value is not None:
        _validate.attrs_count(instance, attribute, value)


def _check_growth(instance: Any, attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument("growth", value, "must be a whole number of seats (an int)")


@attrs.frozen
class Course:
    """
    The course of one organ: how many leave each year, and who fills the seats.

    Attributes:
        outflow: the share of the members that leaves each year (0 to 1, or "20%").
        inflow_women: the share of women among the external arrivals.
        headcount: the size of the organ; ``None`` keeps the size at the start.
        growth: seats added each year (negative: removed), on top of ``headcount``.
        source: the organ whose members are promoted into this one (a pipeline, e.g. a subtop
            category feeding the bestuur); ``None`` for external inflow only.
        promotion: the share of the vacancies filled by promotion from ``source``; by default
            all of them when there is a source (as far as the source has people), none without.
        promotion_women: the share of women among the promoted; ``None`` for the share of women
            among the source's men and women that year (promotion that does not look at sex).

    >>> Course(outflow="15%", inflow_women=0.4)
    Course(outflow=Fraction(3, 20), inflow_women=Fraction(2, 5), headcount=None, growth=0, source=None, promotion=Fraction(0, 1), promotion_women=None)
    >>> Course(outflow="150%", inflow_women="40%")
    Traceback (most recent call last):
    ...
    ingroeiquotum.exceptions.InvalidArgument: outflow: must be a share from 0 to 1 (a Fraction, '20%', '1/5' or 0.2), got '150%'

    .. versionadded:: 0.1.0
    """

    outflow: Fraction = attrs.field(converter=_SHARE)  # type: ignore[misc]
    inflow_women: Fraction = attrs.field(converter=_SHARE)  # type: ignore[misc]
    headcount: int | None = attrs.field(default=None, kw_only=True, validator=_check_headcount)
    growth: int = attrs.field(default=0, kw_only=True, validator=_check_growth)
    source: Organ | None = attrs.field(default=None, kw_only=True, converter=_source)
    promotion: Fraction = attrs.field(
        default=attrs.Factory(_default_promotion, takes_self=True),
        kw_only=True,
        converter=_SHARE,  # type: ignore[misc]
    )
    promotion_women: Fraction | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_SHARE,  # type: ignore[misc]
    )

    def __attrs_post_init__(self) -> None:
        if self.source is None and self.promotion != 0:
            raise InvalidArgument(
                "promotion", self.promotion, "needs a source organ to promote from"
            )
        if self.source is None and self.promotion_women is not None:
            raise InvalidArgument(
                "promotion_women", self.promotion_women, "needs a source organ to promote from"
            )


@attrs.frozen
class YearProjection:
    """
    One organ at the end of one projected year, with who left and joined it that year.

    ``composition`` = the composition a year earlier - ``departures`` - ``promoted_out`` +
    ``arrivals``. ``arrivals`` counts everyone who joined, ``promoted`` those of them promoted
    from the source organ; ``promoted_out`` counts the members promoted to a higher organ. The
    first item of a projection is the start, with nobody leaving or joining.

    .. versionadded:: 0.1.0
    """

    year: int
    composition: Composition
    departures: Composition
    arrivals: Composition
    promoted: Composition
    promoted_out: Composition
    organ: Organ | None = None

    @property
    def share_women(self) -> Fraction | None:
        """The share of women in the organ; ``None`` for an empty organ."""
        return self.composition.share(Gender.WOMAN)


def _round_half_up(value: Fraction) -> int:
    """
    ``value`` rounded to a whole number, halves up.

    >>> _round_half_up(Fraction(5, 2)), _round_half_up(Fraction(-1, 2)), _round_half_up(Fraction(2, 5))
    (3, 0, 0)
    """
    return math.floor(value + _HALF)


def _split(total: int, share: Fraction, carry: Fraction) -> tuple[int, Fraction]:
    """
    The part of ``total`` persons that is ``share`` of them, rounded half up after adding
    ``carry``, and the new carry. With ``carry`` in [-1/2, 1/2) the part lies in [0, total].

    >>> _split(2, Fraction(1, 2), Fraction(0)), _split(1, Fraction(3, 10), Fraction(2, 5))
    ((1, Fraction(0, 1)), (1, Fraction(-3, 10)))
    """
    ideal = share * total + carry
    whole = _round_half_up(ideal)
    return whole, ideal - whole


def _largest_remainder(total: int, counts: Sequence[int]) -> list[int]:
    """
    ``total`` persons split over groups of ``counts`` in proportion, by largest remainder; ties
    go to the larger group, then to the earlier one.

    >>> _largest_remainder(3, [4, 1, 1]), _largest_remainder(1, [1, 1, 0])
    ([2, 1, 0], [1, 0, 0])
    """
    pool = sum(counts)
    if total == 0 or pool == 0:
        return [0] * len(counts)
    quotas = [Fraction(total * count, pool) for count in counts]
    parts = [math.floor(quota) for quota in quotas]
    left = total - sum(parts)
    ranked = sorted(
        range(len(counts)),
        key=lambda index: (-(quotas[index] - parts[index]), -counts[index], index),
    )
    for index in ranked[:left]:
        parts[index] += 1
    return parts


class _Stock:
    """The mutable state of one organ while the model runs (counts and the carried remainders)."""

    __slots__ = (
        "base",
        "carry_departures",
        "carry_external_women",
        "carry_promoted",
        "carry_promoted_women",
        "carry_women_leaving",
        "composition",
    )

    def __init__(self, start: Composition, course: Course) -> None:
        self.composition = start
        self.base = start.members if course.headcount is None else course.headcount
        self.carry_departures = Fraction(0)
        self.carry_women_leaving = Fraction(0)
        self.carry_promoted = Fraction(0)
        self.carry_promoted_women = Fraction(0)
        self.carry_external_women = Fraction(0)


def _order(courses: Mapping[_Key, Course]) -> list[_Key]:
    """The organs with every organ before its source (promotions are drawn from the top down)."""
    remaining = list(courses)
    result: list[_Key] = []
    while remaining:
        for key in remaining:
            if not any(courses[other].source == key for other in remaining if other != key):
                result.append(key)
                remaining.remove(key)
                break
        else:
            raise InvalidArgument(
                "courses", [str(key) for key in remaining], "the source organs form a cycle"
            )
    return result


def _run(
    starts: Mapping[_Key, Composition],
    courses: Mapping[_Key, Course],
    start_year: int,
    years: int,
) -> dict[_Key, tuple[YearProjection, ...]]:
    """The model itself, on checked input."""
    order = _order(courses)
    stocks = {key: _Stock(starts[key], courses[key]) for key in order}
    history: dict[_Key, list[YearProjection]] = {
        key: [YearProjection(start_year, starts[key], _EMPTY, _EMPTY, _EMPTY, _EMPTY, key)]
        for key in order
    }
    for step in range(1, years + 1):
        sizes: dict[_Key, int] = {}
        left: dict[_Key, Composition] = {}
        available: dict[_Key, list[int]] = {}
        for key in order:
            stock, course = stocks[key], courses[key]
            now = stock.composition
            sizes[key] = max(0, stock.base + course.growth * step)
            ideal = course.outflow * now.members + stock.carry_departures
            leaving = _round_half_up(ideal)
            stock.carry_departures = ideal - leaving
            leaving = max(leaving, now.members - sizes[key])
            share = Fraction(now.women, now.members) if now.members else Fraction(0)
            women, stock.carry_women_leaving = _split(leaving, share, stock.carry_women_leaving)
            men, other, unknown = _largest_remainder(
                leaving - women, (now.men, now.other, now.unknown)
            )
            left[key] = Composition(men, women, other, unknown)
            available[key] = [now.men - men, now.women - women, now.other - other,
                              now.unknown - unknown]  # fmt: skip
        promoted_out = {key: [0, 0] for key in order}
        for key in order:
            stock, course = stocks[key], courses[key]
            vacancies = sizes[key] - sum(available[key])
            promoted_men = promoted_women = 0
            if course.source is not None:
                pool = available[course.source]
                ideal = course.promotion * vacancies + stock.carry_promoted
                wanted = _round_half_up(ideal)
                stock.carry_promoted = ideal - wanted
                count = min(wanted, pool[0] + pool[1])
                chosen = course.promotion_women
                if chosen is None:
                    chosen = Fraction(pool[1], pool[0] + pool[1]) if count else Fraction(0)
                women_wanted, stock.carry_promoted_women = _split(
                    count, chosen, stock.carry_promoted_women
                )
                promoted_women = min(women_wanted, pool[1])
                promoted_men = min(count - women_wanted, pool[0])
                pool[0] -= promoted_men
                pool[1] -= promoted_women
                promoted_out[course.source][0] += promoted_men
                promoted_out[course.source][1] += promoted_women
            external = vacancies - promoted_men - promoted_women
            external_women, stock.carry_external_women = _split(
                external, course.inflow_women, stock.carry_external_women
            )
            available[key][0] += promoted_men + external - external_women
            available[key][1] += promoted_women + external_women
            history[key].append(
                YearProjection(
                    year=start_year + step,
                    composition=_EMPTY,  # filled in below, once every promotion is drawn
                    departures=left[key],
                    arrivals=Composition(
                        promoted_men + external - external_women, promoted_women + external_women
                    ),
                    promoted=Composition(promoted_men, promoted_women),
                    promoted_out=_EMPTY,
                    organ=key,
                )
            )
        for key in order:
            men, women, other, unknown = available[key]
            stocks[key].composition = Composition(men, women, other, unknown)
            history[key][-1] = attrs.evolve(
                history[key][-1],
                composition=stocks[key].composition,
                promoted_out=Composition(*promoted_out[key]),
            )
    return {key: tuple(history[key]) for key in courses}


def _composition(field: str, value: object) -> Composition:
    if not isinstance(value, Composition):
        raise InvalidArgument(field, value, "must be a Composition")
    return value


def _course(field: str, value: object) -> Course:
    if not isinstance(value, Course):
        raise InvalidArgument(field, value, "must be a Course")
    return value


def _years(start_year: object, years: object) -> tuple[int, int]:
    first = _year("start_year", start_year)
    count = _validate.count("years", years)
    if first + count > _MAX_YEAR:
        raise InvalidArgument("years", years, f"must not reach past {_MAX_YEAR}")
    return first, count


def _by_organ(field: str, value: object) -> dict[Organ, object]:
    if not isinstance(value, Mapping):
        raise InvalidArgument(field, value, "must be a mapping from organ to value")
    result: dict[Organ, object] = {}
    for key, item in value.items():
        organ = Organ.parse(key)
        if organ in result:
            raise InvalidArgument(field, key, "names the same organ twice")
        result[organ] = item
    return result


def _pipeline_input(
    starts: object, courses: object
) -> tuple[dict[_Key, Composition], dict[_Key, Course]]:
    checked_starts: dict[_Key, Composition] = {
        organ: _composition(f"starts[{organ}]", value)
        for organ, value in _by_organ("starts", starts).items()
    }
    checked_courses: dict[_Key, Course] = {
        organ: _course(f"courses[{organ}]", value)
        for organ, value in _by_organ("courses", courses).items()
    }
    for organ in checked_starts:
        if organ not in checked_courses:
            raise InvalidArgument("courses", str(organ), "has no course, but a start composition")
    for organ in checked_courses:
        if organ not in checked_starts:
            raise InvalidArgument("starts", str(organ), "has no start composition, but a course")
    for organ, course in checked_courses.items():
        if course.source is None:
            continue
        if course.source == organ:
            raise InvalidArgument(
                f"courses[{organ}].source",
                str(course.source),
                "an organ cannot promote from itself",
            )
        if course.source not in checked_courses:
            raise InvalidArgument(
                f"courses[{organ}].source", str(course.source), "is not an organ of the pipeline"
            )
    return checked_starts, checked_courses


def project(
    start: Composition,
    course: Course,
    start_year: int,
    years: int,
    *,
    organ: OrganLike | None = None,
) -> tuple[YearProjection, ...]:
    """
    The composition of one organ at the end of each year from ``start_year`` (the start itself)
    to ``start_year + years``, on ``course`` (external inflow only; see :func:`pipeline` for
    promotion from a lower organ).

    >>> [year.composition.women for year in project(Composition(6, 0), Course("1/3", 1), 2025, 3)]
    [0, 2, 3, 4]

    Raises:
        InvalidArgument: for a start that is not a Composition, a course that is not a Course
            or that names a source organ, or years outside 1900 to 2200.

    .. versionadded:: 0.1.0
    """
    checked = _composition("start", start)
    checked_course = _course("course", course)
    first, count = _years(start_year, years)
    key = None if organ is None else Organ.parse(organ)
    if checked_course.source is not None:
        raise InvalidArgument(
            "course.source", str(checked_course.source), "promotion needs pipeline(), not project()"
        )
    return _run({key: checked}, {key: checked_course}, first, count)[key]


def pipeline(
    starts: Mapping[Organ, Composition] | Mapping[str, Composition],
    courses: Mapping[Organ, Course] | Mapping[str, Course],
    start_year: int,
    years: int,
) -> dict[Organ, tuple[YearProjection, ...]]:
    """
    Several organs projected together, where promotions from a lower organ (a course's
    ``source``) fill the vacancies of a higher one, and the promoted leave the lower one.

    ``starts`` and ``courses`` map the same organs to their compositions at the start and to
    their courses. The answer maps each organ to its projection, as :func:`project` gives it.

    >>> result = pipeline(
    ...     {"subtop:Directors": Composition(6, 4), "bestuur": Composition(4, 0)},
    ...     {"subtop:Directors": Course("10%", "50%"),
    ...      "bestuur": Course("25%", 0, source="subtop:Directors")},
    ...     2025, 2,
    ... )
    >>> [(year.year, year.composition.women, year.promoted.women) for year in result[Organ.parse("bestuur")]]
    [(2025, 0, 0), (2026, 0, 0), (2027, 1, 1)]

    Raises:
        InvalidArgument: for organs without a course or a start, a source outside the pipeline,
            or sources that form a cycle.

    .. versionadded:: 0.1.0
    """
    checked_starts, checked_courses = _pipeline_input(starts, courses)
    first, count = _years(start_year, years)
    result = _run(checked_starts, checked_courses, first, count)
    return {key: value for key, value in result.items() if key is not None}
