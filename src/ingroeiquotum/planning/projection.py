"""
Projections (*prognoses*): where an organ's composition goes on its current course, and when
that meets a target (*streefcijfer*) of art. 2:166 lid 2 (NV) or art. 2:276 lid 2 (BV) BW.

A projection is a model, not a forecast. It is a stock and flow model per organ, in whole
persons, the same for the same input on every machine:

* every year a share of the members leaves (the **outflow**), the sexes in proportion to their
  numbers;
* the seats freed, and any seats added by **growth**, are filled first by **promotion** from a
  lower organ (its *source*, e.g. a subtop category feeding the bestuur), for the share of the
  vacancies the course says, and the rest by **external inflow**;
* a fixed share of women among the external inflow, and among the promoted (by default the share
  of women in the source: promotion that does not look at sex).

One year, in this order, for every organ of a :func:`pipeline` at once:

1. **Departures**, from the composition at the start of the year: ``outflow * members``
   persons, at least as many as it takes to shrink to the year's size.
2. **Promotions**, from the top organ down: an organ fills ``promotion * vacancies`` seats with
   members of its source who did not leave this year; the promoted leave the source, whose
   vacancies grow by as many.
3. **External inflow** fills the seats still free.

The size of an organ at the end of the ``t``-th projected year is ``headcount + growth * t``
(``headcount`` is the size at the start unless the course gives another), never below zero.

**Rounding.** Every split of a number into whole persons is rounded half up (2.5 -> 3) *after
adding the part rounded off the year before* (error diffusion, constant :data:`ROUNDING`):

* the number of departures (``outflow * members``);
* the women among the departures (their proportional share, ``departures * women / members``);
* the number promoted (``promotion * vacancies``);
* the women among the promoted and among the external inflow.

Each split keeps its own remainder, a number between -1/2 and 1/2, and passes it on to the next
year. So over the years the persons add up to the shares (a 15 % outflow of ten members is 2,
1, 2, 1, ... persons, not always 2), the share of women among the external inflow comes out at
the course's share, and the rounding never favours a sex year after year. The men leaving are
the departures that are not women; where members registered as neither sex, or of unknown sex,
are present, the departures that are not women are split between them and the men by largest
remainder (ties to the larger group, then in the order men, other, unknown). Arrivals are men
or women only. The women among the promoted never exceed the women available in the source, nor
the men the men; a promotion the source cannot fill goes to external inflow.

This rounding needs no clipping: a split never asks for more women than there are nor for a
negative number. With all external inflow women (and no shrinking) the share of women never
falls; with all of it men it never rises.

>>> from ingroeiquotum.composition import Composition
>>> board = Composition(men=8, women=2)
>>> course = Course(outflow="20%", inflow_women="50%")
>>> [(year.year, year.composition.women, year.departures.women, year.arrivals.women)
...  for year in project(board, course, start_year=2024, years=4)]
[(2024, 2, 0, 0), (2025, 3, 0, 1), (2026, 3, 1, 1), (2027, 3, 1, 1), (2028, 4, 0, 1)]

The first item is the start itself. A target of 40 % women is first met at the end of 2028, and
it takes at least 63 % women in the inflow to meet it by 2026:

>>> from ingroeiquotum.targets import Target
>>> target = Target("bestuur", "women_share", "40%", target_year=2027)
>>> first_year_met(target, project(board, course, 2024, 6, organ="bestuur"))
2028
>>> required_inflow_share(board, target, 2026, "20%", start_year=2024)
Fraction(63, 100)

Against the target, on the current course (a finding, rule ``targets.projection``):

>>> from datetime import date
>>> finding = projected_finding(target, board, course, on=date(2024, 12, 31))
>>> finding.verdict.value, finding.message, finding.facts["met_year"], finding.article
('not_compliant', 'projection.met_late', 2028, 'art. 2:276 lid 2 BW')

``required_inflow_share`` scans the shares 0, 1 %, 2 %, ... 100 % (``step``) and returns the
first that meets the target at the end of the year: the least on that grid, exactly. It does not
bisect, because rounding can make the model meet a target at one share and miss it at a
slightly higher one.

A target counts as met "by" a year when the composition at the end of that year meets it (the
yardstick of :func:`ingroeiquotum.law.bw2.targets.check_progress`); the readings
:data:`STOCK_AND_FLOW` and :data:`MET_AT_YEAR_END` name these choices on every finding.

More information: ``docs/explanation/projection.md``.
"""

from __future__ import annotations

__all__ = [
    "HORIZON_YEARS",
    "MAX_ASSIGNMENTS",
    "MET_AT_YEAR_END",
    "ROUNDING",
    "RULE_VERSION",
    "STEP",
    "STOCK_AND_FLOW",
    "Course",
    "YearProjection",
    "first_year_met",
    "pipeline",
    "project",
    "projected_finding",
    "required_inflow_share",
]

import itertools
import math
from collections.abc import Mapping, Sequence
from datetime import date
from fractions import Fraction
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument, InvalidCount, InvalidDate
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.bw2.targets import Flow, Target, measure
from ingroeiquotum.law.citations import for_legal_form
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.model.company import Company, LegalForm, LegalFormName
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.organs import Organ
from ingroeiquotum.planning.stock_flow import (
    _MAX_YEAR,
    ROUNDING,
    Course,
    YearProjection,
    _by_organ,
    _course,
    _Key,
    _pipeline_input,
    _run,
    _share,
    _year,
    pipeline,
    project,
)

_PROJECTION = rules.get("targets.projection")

RULE_VERSION = _PROJECTION.version
"""
The version of this module's model (changes when a rounding or modelling choice changes; from
:mod:`.rules`).
"""

HORIZON_YEARS = 10
"""How many years past the target year :func:`projected_finding` projects by default."""

STEP = Fraction(1, 100)
"""The grid :func:`required_inflow_share` searches by default: whole percentages."""

MAX_ASSIGNMENTS = 1000
"""The most ways of assigning a sex to members of unknown sex that are tried one by one."""


STOCK_AND_FLOW = readings.PROJECTION_STOCK_AND_FLOW
MET_AT_YEAR_END = readings.PROJECTION_MET_AT_YEAR_END
"""When a projected target counts as met in time."""

_MIN_STEP = Fraction(1, 10_000)
_LEVERS = ("inflow", "promotion")


# -- against a target --------------------------------------------------------------------------


def _check_target(value: object) -> Target:
    if not isinstance(value, Target):
        raise InvalidArgument("target", value, "must be a Target")
    return value


def _results(
    target: Target,
    projection: Sequence[YearProjection] | Mapping[Organ, Sequence[YearProjection]],
) -> tuple[dict[Organ, tuple[YearProjection, ...]], tuple[int, ...]]:
    """The projection as a mapping covering the target's organs, and its years."""
    if isinstance(projection, Mapping):
        raw = _by_organ("projection", projection)
        for organ in target.organs:
            if organ not in raw:
                raise InvalidArgument("projection", str(organ), "the projection has no such organ")
        items = {organ: _validate.sequence(f"projection[{organ}]", raw[organ]) for organ in raw}
    else:
        if target.joint_with is not None:
            raise InvalidArgument(
                "target", target.key, "a joint target needs the mapping pipeline() returns"
            )
        items = {target.organ: _validate.sequence("projection", projection)}
    for organ, entries in items.items():
        for index, entry in enumerate(entries):
            if not isinstance(entry, YearProjection):
                raise InvalidArgument(f"projection[{index}]", entry, "must be a YearProjection")
            if entry.organ is not None and entry.organ != organ:
                raise InvalidArgument(
                    "projection", str(entry.organ), f"is not a projection of {organ}"
                )
    chosen = {organ: items[organ] for organ in target.organs}
    years = tuple(entry.year for entry in chosen[target.organ])
    for organ, entries in chosen.items():
        if tuple(entry.year for entry in entries) != years:
            raise InvalidArgument("projection", str(organ), "covers other years than the target")
    return chosen, years


def _flow_part(target: Target, entry: YearProjection) -> Composition:
    if target.flow is Flow.INFLOW:
        return entry.arrivals
    if target.flow is Flow.PROMOTION:
        return entry.promoted
    return entry.composition


def _standing(
    target: Target, results: Mapping[Organ, Sequence[YearProjection]], index: int
) -> Composition:
    parts = [_flow_part(target, results[organ][index]) for organ in target.organs]
    return Composition(
        sum(part.men for part in parts),
        sum(part.women for part in parts),
        sum(part.other for part in parts),
        sum(part.unknown for part in parts),
    )


def _met(target: Target, composition: Composition) -> bool:
    value = measure(target, composition)
    return value is not None and value >= target.value


def first_year_met(
    target: Target,
    projection: Sequence[YearProjection] | Mapping[Organ, Sequence[YearProjection]],
    *,
    from_year: int | None = None,
) -> int | None:
    """
    The first year of ``projection`` (from ``from_year`` on, if given) at whose end ``target``
    is met; ``None`` if it is not met in any year projected.

    ``projection`` is what :func:`project` returns, or for a joint target (or any target) the
    mapping :func:`pipeline` returns. A target on inflow or promotion counts the arrivals, or
    the promoted, of each year.

    >>> target = Target("rvc", "each_sex", "30%", target_year=2027)
    >>> first_year_met(target, project(Composition(5, 0), Course("20%", 1), 2025, 3))
    2027

    .. versionadded:: 0.1.0
    """
    checked = _check_target(target)
    results, years = _results(checked, projection)
    start = None if from_year is None else _year("from_year", from_year)
    for index, year in enumerate(years):
        if (start is None or year >= start) and _met(checked, _standing(checked, results, index)):
            return year
    return None


@attrs.frozen
class _Outcome:
    """What one projection says about a target: met in time, met late, or not at all."""

    kind: str
    met_year: int | None
    projected: Fraction | int | None
    empty: bool


def _outcome(target: Target, results: Mapping[Organ, Sequence[YearProjection]]) -> _Outcome:
    years = [entry.year for entry in results[target.organ]]
    met = [_met(target, _standing(target, results, index)) for index in range(len(years))]
    at = years.index(target.target_year)
    projected = measure(target, _standing(target, results, at))
    empty = all(
        entry.composition.members == 0 for organ in target.organs for entry in results[organ]
    )
    # The reading projection.met_at_year_end: met at the end of the target year, or where its
    # alternative is chosen met once in any year up to it. The one place that decides it.
    if not met[at] and readings.applies(MET_AT_YEAR_END).alternative_chosen and any(met[:at]):
        return _Outcome("met_in_time", years[met.index(True)], projected, empty)
    if met[at]:
        first = at
        while first > 0 and met[first - 1]:
            first -= 1
        return _Outcome("met_in_time", years[first], projected, empty)
    later = [year for year, ok in zip(years, met, strict=True) if ok and year > target.target_year]
    if later:
        return _Outcome("met_late", later[0], projected, empty)
    return _Outcome("not_met_within", None, projected, empty)


def _assignments(starts: Mapping[_Key, Composition]) -> list[dict[_Key, Composition]]:
    """
    Every way of giving the members of unknown sex a sex: each organ's unknown members become
    ``k`` women and the rest men. Raises if there are more than :data:`MAX_ASSIGNMENTS`.
    """
    keys = list(starts)
    ranges = [range(starts[key].unknown + 1) for key in keys]
    total = math.prod(len(each) for each in ranges)
    if total > MAX_ASSIGNMENTS:
        unknown = sum(starts[key].unknown for key in keys)
        raise InvalidCount("unknown", unknown, "too many members of unknown sex to try every sex")
    result = []
    for women in itertools.product(*ranges):
        result.append(
            {
                key: Composition(
                    starts[key].men + starts[key].unknown - extra,
                    starts[key].women + extra,
                    starts[key].other,
                )
                for key, extra in zip(keys, women, strict=True)
            }
        )
    return result


def _setup(
    target: Target, start: object, course: object
) -> tuple[dict[_Key, Composition] | None, dict[_Key, Course]]:
    """
    The courses by organ, and the starts by organ when ``start`` is not a company (single
    organ: the target's organ; a joint target needs a mapping).
    """
    if isinstance(course, Mapping):
        courses: dict[_Key, Course] = {
            organ: _course(f"course[{organ}]", value)
            for organ, value in _by_organ("course", course).items()
        }
    else:
        single = _course("course", course)
        if single.source is not None:
            raise InvalidArgument(
                "course.source", str(single.source), "give the courses of the pipeline as a mapping"
            )
        if target.joint_with is not None:
            raise InvalidArgument(
                "course", single, "a joint target covers two organs; give a course for each"
            )
        courses = {target.organ: single}
    for organ in target.organs:
        if organ not in courses:
            raise InvalidArgument("course", str(organ), "the target's organ has no course")
    if isinstance(start, Company):
        return None, courses
    if isinstance(start, Composition):
        if len(courses) != 1:
            raise InvalidArgument("start", start, "a pipeline needs a composition for each organ")
        return {next(iter(courses)): start}, courses
    starts, checked = _pipeline_input(start, courses)
    return starts, checked


def _latest_known(company: Company, organs: Sequence[_Key]) -> date:
    ends = [year.end for year in company.financial_years]
    if not ends:
        raise InvalidDate("on", None, f"{company.name} has no financial years; give the date")
    for end in reversed(ends):
        if all(
            company.composition(organ, end) is not None for organ in organs if organ is not None
        ):
            return end
    return ends[-1]


def _combined(compositions: Sequence[Composition]) -> Composition:
    return Composition(
        sum(each.men for each in compositions),
        sum(each.women for each in compositions),
        sum(each.other for each in compositions),
        sum(each.unknown for each in compositions),
    )


def projected_finding(
    target: Target,
    start: Company | Composition | Mapping[Organ, Composition] | Mapping[str, Composition],
    course: Course | Mapping[Organ, Course] | Mapping[str, Course],
    *,
    on: date | None = None,
    horizon: int = HORIZON_YEARS,
    legal_form: LegalForm | LegalFormName | None = None,
) -> Finding:
    """
    Whether ``target`` is met by its year on the current ``course`` (rule
    ``targets.projection``, advisory: the law asks for targets, not for projections).

    ``start`` is the company (its compositions on ``on``, by default the last balance-sheet
    date for which they are all known), one composition (of the target's organ), or a mapping
    of compositions by organ for a pipeline; ``course`` is one :class:`Course`, or a mapping of
    courses by organ for a pipeline. The projection starts at the end of the year of ``on`` and
    runs ``horizon`` years past the target year.

    The verdict is ``COMPLIANT`` (*projection.met_in_time*) when the projected composition at
    the end of the target year meets the target, ``NOT_COMPLIANT`` when it is met only later
    (*projection.met_late*) or not within the horizon (*projection.not_met_within*), and
    ``NOT_APPLICABLE`` (*projection.target_passed*) for a target year before the start.
    Members of unknown sex are tried as either sex; when the answer depends on them it is
    ``CANNOT_DECIDE`` (*projection.sex_unknown*). The facts hold ``met_year`` (``None`` when
    not met), ``projected`` (the measure at the end of the target year; with unknown members the
    lowest over their possible sexes), ``start_year`` and ``horizon_year``.

    .. versionadded:: 0.1.0
    """
    checked = _check_target(target)
    span = _validate.count("horizon", horizon)
    starts, courses = _setup(checked, start, course)
    subject = checked.key
    if isinstance(start, Company):
        if legal_form is not None and LegalForm.parse(legal_form) is not start.legal_form:
            raise InvalidArgument("legal_form", legal_form, "differs from the company's")
        form = start.legal_form
        day = _latest_known(start, list(courses)) if on is None else _validate.day("on", on)
    else:
        form = LegalForm.BV if legal_form is None else LegalForm.parse(legal_form)
        if on is None:
            raise InvalidDate("on", on, "give the date the projection starts from")
        day = _validate.day("on", on)
    start_year = _year("on.year", day.year)
    horizon_year = max(checked.target_year, start_year) + span
    if horizon_year > _MAX_YEAR:
        raise InvalidArgument("horizon", horizon, f"must not reach past {_MAX_YEAR}")
    target_course = courses[checked.organ]
    facts: dict[str, Any] = {
        "target_key": checked.key,
        "form": checked.form,
        "target": checked.value,
        "target_year": checked.target_year,
        "base_year": checked.base_year,
        "flow": checked.flow,
        "start_year": start_year,
        "horizon_year": horizon_year,
        "outflow": target_course.outflow,
        "inflow_women": target_course.inflow_women,
        "promotion": target_course.promotion,
        "promotion_women": target_course.promotion_women,
    }

    def finding(
        verdict: Verdict,
        message: str,
        missing: Sequence[str] = (),
        applied: Sequence[Reading] = (STOCK_AND_FLOW, readings.applies(MET_AT_YEAR_END)),
    ) -> Finding:
        return _PROJECTION.finding(
            verdict,
            day,
            message,
            facts=facts,
            citations=(for_legal_form(form, 2),),
            readings=applied,
            missing=missing,
            subject=subject,
        )

    if isinstance(start, Company):
        found = {organ: start.composition(organ, day) for organ in courses if organ is not None}
        absent = [organ for organ, value in found.items() if value is None]
        if absent:
            return finding(
                Verdict.CANNOT_DECIDE, "targets.no_composition",
                missing=tuple(f"composition:{organ}" for organ in absent), applied=(),
            )  # fmt: skip
        starts = {organ: value for organ, value in found.items() if value is not None}
    assert starts is not None  # a company's compositions were read just above
    here = _combined([starts[organ] for organ in checked.organs])
    facts.update(here.as_dict(), members=here.members, current=measure(checked, here))
    if checked.target_year < start_year:
        return finding(Verdict.NOT_APPLICABLE, "projection.target_passed", applied=())
    outcomes = []
    try:
        trials = _assignments(starts)
    except InvalidCount:
        trials = []
    for trial in trials:
        results = _run(trial, courses, start_year, horizon_year - start_year)
        chosen = {organ: results[organ] for organ in checked.organs}
        outcomes.append(_outcome(checked, chosen))
    kinds = {(outcome.kind, outcome.met_year) for outcome in outcomes}
    if len(kinds) != 1:
        facts["unknown"] = sum(each.unknown for each in starts.values())
        return finding(
            Verdict.CANNOT_DECIDE, "projection.sex_unknown", missing=("members_sex",),
            applied=(STOCK_AND_FLOW,),
        )  # fmt: skip
    if all(outcome.empty for outcome in outcomes):
        return finding(
            Verdict.CANNOT_DECIDE, "targets.empty_organ", missing=("members",), applied=()
        )
    kind, met_year = kinds.pop()
    values = [outcome.projected for outcome in outcomes if outcome.projected is not None]
    facts.update(
        met_year=met_year,
        met_in_target_year=kind == "met_in_time",
        projected=min(values) if values else None,
    )
    verdict = Verdict.COMPLIANT if kind == "met_in_time" else Verdict.NOT_COMPLIANT
    return finding(verdict, f"projection.{kind}")


def required_inflow_share(
    start: Composition | Mapping[Organ, Composition] | Mapping[str, Composition],
    target: Target,
    by_year: int,
    course: Course | Mapping[Organ, Course] | Mapping[str, Course] | Fraction | str,
    *,
    start_year: int,
    lever: str = "inflow",
    step: Fraction | str = STEP,
) -> Fraction | None:
    """
    The least share of women among the arrivals that meets ``target`` at the end of
    ``by_year``, on the grid 0, ``step``, 2 * ``step``, ... 100 %; ``None`` if even 100 % does
    not.

    ``lever`` says which share is searched: ``"inflow"`` (the external inflow of the target's
    organ) or ``"promotion"`` (its promoted, for a course with a source). ``course`` gives the
    rest of the course (the searched share in it is ignored), or is simply the outflow rate.
    With members of unknown sex the share must meet the target whatever their sex.

    >>> target = Target("rvc", "each_sex", "30%", target_year=2027)
    >>> required_inflow_share(Composition(9, 1), target, 2027, "1/3", start_year=2025)
    Fraction(9, 25)

    Raises:
        InvalidArgument: for a ``by_year`` before ``start_year``, a ``lever`` other than
            "inflow" or "promotion" (or "promotion" without a source), a ``step`` that is not
            a share of at least 1/10000 (0.01 %).

    .. versionadded:: 0.1.0
    """
    checked = _check_target(target)
    first = _year("start_year", start_year)
    last = _year("by_year", by_year)
    if last < first:
        raise InvalidArgument("by_year", by_year, f"must not be before start_year ({first})")
    if lever not in _LEVERS:
        raise InvalidArgument("lever", lever, "must be one of 'inflow', 'promotion'")
    grid = _share("step", step)
    if grid < _MIN_STEP:  # a finer grid is millions of runs of the model: it never returns
        raise InvalidArgument("step", step, f"must be at least {_MIN_STEP} (0.01 %)")
    if not isinstance(course, Course | Mapping):
        course = Course(outflow=course, inflow_women=0)
    if isinstance(start, Company):
        raise InvalidArgument("start", start, "must be a Composition or a mapping of them")
    starts, courses = _setup(checked, start, course)
    assert starts is not None  # not a company, checked above
    own = courses[checked.organ]
    if lever == "promotion" and own.source is None:
        raise InvalidArgument("lever", lever, "the target's organ has no source to promote from")
    trials = _assignments(starts)
    at = last - first
    shares = [step_index * grid for step_index in range(int(1 / grid) + 1)]
    if shares[-1] != 1:
        shares.append(Fraction(1))
    for share in shares:
        changed = (
            attrs.evolve(own, inflow_women=share)
            if lever == "inflow"
            else attrs.evolve(own, promotion_women=share)
        )
        trial_courses = {**courses, checked.organ: changed}
        if all(_meets_at(checked, trial, trial_courses, first, at) for trial in trials):
            return share
    return None


def _meets_at(
    target: Target,
    starts: Mapping[_Key, Composition],
    courses: Mapping[_Key, Course],
    start_year: int,
    years: int,
) -> bool:
    results = _run(starts, courses, start_year, years)
    chosen = {organ: results[organ] for organ in target.organs}
    return _met(target, _standing(target, chosen, years))
