"""
Where an organ stands against a target (*stand ten opzichte van het streefcijfer*).

The measures the target rules of :mod:`ingroeiquotum.targets` (art. 2:166 and 2:276 lid 2 BW)
decide with, and the one decision whether a composition meets a target (:func:`met`) that
every path uses: progress, the SER report, the bulk rows. Members of unknown sex count as
neither sex, and where they decide the answer is open, as for the quota.

>>> from ingroeiquotum.composition import Composition
>>> target = Target("rvc", "each_sex", "30%", target_year=2027)
>>> measure(target, Composition(4, 2)), persons_needed(target, 7), met(target, Composition(9, 5))
(Fraction(1, 3), 3, True)
"""

from __future__ import annotations

__all__ = ["gaps", "measure", "met", "persons_for_share", "persons_needed", "standing"]

from fractions import Fraction

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.bw2 import quota
from ingroeiquotum.law.findings import Verdict
from ingroeiquotum.model.company import Company, FinancialYear
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.flows import flows
from ingroeiquotum.model.target import Flow, Target, TargetForm


def _check_target(value: object, field: str = "target") -> Target:
    if not isinstance(value, Target):
        raise InvalidArgument(field, value, "must be a Target")
    return value


def _check_targets(value: object) -> tuple[Target, ...]:
    return _validate.instances("targets", value, Target)


def measure(target: Target, composition: Composition) -> Fraction | int | None:
    """
    Where ``composition`` stands on the scale of ``target``: the share of the less represented
    sex (each-sex form), the share of women, or the number of women. ``None`` for an empty
    organ (a share of nothing).

    >>> measure(Target("rvc", "each_sex", "30%", target_year=2027), Composition(4, 2))
    Fraction(1, 3)
    """
    _check_target(target)
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    if target.form is TargetForm.WOMEN_COUNT:
        return composition.women
    if composition.members == 0:
        return None
    if target.form is TargetForm.WOMEN_SHARE:
        return Fraction(composition.women, composition.members)
    return Fraction(min(composition.women, composition.men), composition.members)


def persons_needed(target: Target, members: int) -> int:
    """
    The number of women (and, for the each-sex form, of men) an organ of ``members`` members
    needs to meet ``target``, in whole persons.

    >>> persons_needed(Target("bestuur", "each_sex", "40%", target_year=2027), 2)
    1
    >>> persons_needed(Target("rvc", "women_share", "30%", target_year=2027), 7)
    3
    """
    _check_target(target)
    members = _validate.count("members", members)
    return _needed(target, members)


def _needed(target: Target, members: int) -> int:
    """:func:`persons_needed` for a checked target and count (the bulk path's rows)."""
    if target.form is TargetForm.WOMEN_COUNT:
        return int(target.value)
    share = Fraction(target.value)
    return -(-share.numerator * members // share.denominator)


def _judge(
    form: TargetForm, needed: int, men: int, women: int, members: int, unknown: int
) -> tuple[int, int, bool | None]:
    """
    The kernel of :func:`gaps` and :func:`met` for checked counts: the women and men missing,
    and met (``True``/``False``), or ``None`` where members of unknown sex decide it or an empty
    organ has no ratio. Every path (progress, the report, the bulk rows) decides with it.
    """
    women_gap = needed - women if needed > women else 0
    men_gap = needed - men if form is TargetForm.EACH_SEX and needed > men else 0
    if members == 0 and form is not TargetForm.WOMEN_COUNT:
        return women_gap, men_gap, None
    verdict = quota._classify(men_gap, women_gap, unknown)
    reached = None if verdict is Verdict.CANNOT_DECIDE else verdict is Verdict.COMPLIANT
    return women_gap, men_gap, reached


def gaps(target: Target, composition: Composition) -> tuple[int, int]:
    """
    The women and the men an organ lacks to meet ``target``, in whole persons, counting members
    of unknown sex as neither (the men only for the each-sex form).

    >>> gaps(Target("rvc", "each_sex", "30%", target_year=2027), Composition(9, 4, unknown=1))
    (1, 0)
    """
    _check_target(target)
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    return _judgement(target, composition)[:2]


def _judgement(target: Target, composition: Composition) -> tuple[int, int, bool | None]:
    needed = persons_needed(target, composition.members)
    c = composition
    return _judge(target.form, needed, c.men, c.women, c.members, c.unknown)


def met(target: Target, composition: Composition) -> bool | None:
    """
    Whether ``composition`` meets ``target``: the one decision that every path uses (progress,
    the SER report, the bulk rows).

    Members of unknown sex are handled as the quota handles them: the answer is given only when
    every assignment of their sexes gives it, else ``None`` (the women and men that would have
    to be among them are :func:`gaps`). ``None`` too for an empty organ and a share target,
    which has no ratio to meet.

    >>> target = Target("rvc", "each_sex", "30%", target_year=2027)
    >>> met(target, Composition(9, 5)), met(target, Composition(10, 4))
    (True, False)
    >>> met(target, Composition(9, 4, unknown=1))  # 5 women needed of 14: is the 14th a woman?

    """
    _check_target(target)
    if not isinstance(composition, Composition):
        raise InvalidArgument("composition", composition, "must be a Composition")
    return _judgement(target, composition)[2]


def persons_for_share(share: Fraction, members: int) -> int:
    """
    The least whole number of persons that is at least ``share`` of ``members``.

    >>> persons_for_share(Fraction(2, 5), 2), persons_for_share(Fraction(3, 10), 10)
    (1, 3)
    """
    if not isinstance(share, Fraction) or not 0 <= share <= 1:
        raise InvalidArgument("share", share, "must be a Fraction from 0 to 1")
    members = _validate.count("members", members)
    return -(-share.numerator * members // share.denominator)


def _year_end(company: Company, year: int) -> FinancialYear | None:
    for financial_year in company.financial_years:
        if financial_year.end.year == year:
            return financial_year
    return None


def _flow_composition(company: Company, target: Target, year: FinancialYear) -> Composition | None:
    if not company.seats_of(target.organ):
        return None
    moved = flows(company, target.organ, year.start, year.end)
    return moved.appointed if target.flow is Flow.INFLOW else moved.promoted


def standing(company: Company, target: Target, year: FinancialYear) -> Composition | None:
    """
    The composition ``target`` is measured on at the end of ``year``: the organ's (both organs'
    for a joint target), or for a flow target the year's appointments or promotions; ``None``
    where it is not known.
    """
    return _standing(company, target, year)


def _standing(company: Company, target: Target, year: FinancialYear) -> Composition | None:
    if target.flow is not Flow.STOCK:
        return _flow_composition(company, target, year)
    composition = company.composition(target.organ, year.end)
    if composition is None or target.joint_with is None:
        return composition
    other = company.composition(target.joint_with, year.end)
    if other is None:
        return None
    return Composition(
        composition.men + other.men,
        composition.women + other.women,
        composition.other + other.other,
        composition.unknown + other.unknown,
    )


def _best_measure(target: Target, composition: Composition) -> Fraction | int | None:
    """The highest :func:`measure` any assignment of the unknown members' sexes gives."""
    unknown = composition.unknown
    if target.form is not TargetForm.EACH_SEX:
        best = Composition(composition.men, composition.women + unknown, composition.other)
        return measure(target, best)
    low, high = sorted((composition.men, composition.women))
    lift = min(unknown, high - low)
    low += lift + (unknown - lift) // 2
    return measure(target, Composition(low, low, composition.members - 2 * low))


def _base(company: Company, target: Target) -> tuple[int, Fraction | int] | None:
    """The base year and the measure then: the target's base year, else the first one known."""
    years = [
        year
        for year in company.financial_years
        if target.base_year is None or year.end.year == target.base_year
    ]
    for year in years:
        composition = _standing(company, target, year)
        if composition is not None:
            value = measure(target, composition)
            if value is not None:
                return year.end.year, value
    return None


def _base_composition(company: Company, target: Target) -> Composition | None:
    if target.base_year is None:
        return None
    year = _year_end(company, target.base_year)
    return None if year is None else _standing(company, target, year)
