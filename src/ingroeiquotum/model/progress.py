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

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.model.company import Company
from ingroeiquotum.model.composition import Composition
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


@attrs.frozen
class Flows:
    """
    Who joined and who left an organ in one period, by gender (from the organ's seats).

    ``appointed`` counts seats that start in the period, ``promoted`` those of them recorded as
    promotions from within, ``departed`` seats that end in it. A reappointment (a seat whose
    ``first_appointed`` is earlier than its start) is counted in ``reappointed``, not in
    ``appointed``.

    .. versionadded:: 0.1.0
    """

    organ: Organ
    start: date
    end: date
    appointed: Composition
    reappointed: Composition
    promoted: Composition
    departed: Composition


def flows(company: Company, organ: OrganLike, start: date, end: date) -> Flows:
    """
    The appointments, reappointments, promotions and departures of ``organ`` between ``start``
    and ``end`` (both included), by gender, from the company's seats.

    Raises:
        InvalidArgument: if the company records no seats for ``organ``, or ``end`` is before
            ``start``.
    """
    _check_company(company)
    _validate.day("start", start)
    _validate.day("end", end)
    if end < start:
        raise InvalidArgument("end", end, f"must not be before start ({start})")
    wanted = Organ.parse(organ)
    seats = company.seats_of(wanted)
    if not seats:
        raise InvalidArgument("organ", str(wanted), "the company records no seats for it")
    joined = [seat for seat in seats if start <= seat.start <= end]
    reappointed = [
        seat
        for seat in joined
        if seat.first_appointed is not None and seat.first_appointed < seat.start
    ]
    appointed = [seat for seat in joined if seat not in reappointed]
    return Flows(
        organ=wanted,
        start=start,
        end=end,
        appointed=Composition.from_genders(tuple(seat.gender for seat in appointed)),
        reappointed=Composition.from_genders(tuple(seat.gender for seat in reappointed)),
        promoted=Composition.from_genders(
            tuple(seat.gender for seat in appointed if seat.promoted is True)
        ),
        departed=Composition.from_genders(
            tuple(
                seat.gender for seat in seats if seat.end is not None and start <= seat.end <= end
            )
        ),
    )
