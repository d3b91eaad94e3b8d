"""
The flows of an organ (*in-, door- en uitstroom*): who joined and who left it in a period.

Facts from a company's seats, without the law: a flow target (:class:`~.target.Flow`) is
measured on them, and :mod:`ingroeiquotum.progress` shows them year by year.
"""

from __future__ import annotations

__all__ = ["Flows", "flows"]

from datetime import date

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.model.company import Company
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.organs import Organ, OrganLike


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
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    start = _validate.day("start", start)
    end = _validate.day("end", end)
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
