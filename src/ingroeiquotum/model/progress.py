"""
Progress over the years (*voortgang*): how an organ's composition changed from one financial year
to the next, and who joined and left it.

The report to the SER asks whether the targets were met and, if not, why; the SER advises
starting the plan of action from an inventory of the last year's appointments and departures by
sex. These functions give both from a company's snapshots and seats.

>>> from ingroeiquotum import samples
>>> company = samples.sample_company()
>>> [(change.year, change.composition.women, change.women_change)
...  for change in changes(company, "rvc")]
[(2022, 1, None), (2023, 2, 1), (2024, 3, 1), (2025, 1, -2)]
"""

from __future__ import annotations

__all__ = ["Flows", "YearChange", "changes", "flows"]

from datetime import date
from fractions import Fraction

import attrs

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.model.company import Company
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.flows import Flows, flows
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ, OrganLike


@attrs.frozen
class YearChange:
    """
    An organ at the end of one financial year, against the end of the previous one.

    The ``*_change`` fields are ``None`` for the first year, or where the previous year's
    composition is not known. ``share_women_change`` is in exact fractions (percentage points
    divided by 100).

    .. versionadded:: 0.1.0
    """

    year: int
    on: date
    composition: Composition
    previous: Composition | None
    women_change: int | None
    men_change: int | None
    share_women: Fraction | None
    share_women_change: Fraction | None


def _check_company(company: object) -> Company:
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    return company


def changes(company: Company, organ: OrganLike) -> tuple[YearChange, ...]:
    """
    The composition of ``organ`` at the end of each financial year for which it is known, with
    the change against the year before.
    """
    _check_company(company)
    wanted = Organ.parse(organ)
    result: list[YearChange] = []
    previous: Composition | None = None
    previous_end: date | None = None
    for year in company.financial_years:
        composition = company.composition(wanted, year.end)
        if composition is None:
            previous, previous_end = None, None
            continue
        share = composition.share(Gender.WOMAN)
        before = previous if previous_end is not None else None
        before_share = None if before is None else before.share(Gender.WOMAN)
        result.append(
            YearChange(
                year=year.end.year,
                on=year.end,
                composition=composition,
                previous=before,
                women_change=None if before is None else composition.women - before.women,
                men_change=None if before is None else composition.men - before.men,
                share_women=share,
                share_women_change=(
                    None if share is None or before_share is None else share - before_share
                ),
            )
        )
        previous, previous_end = composition, year.end
    return tuple(result)
