"""
Who the directive reaches (art. 2 and 3, with art. 4 for the law that applies): a company with
its registered office in a member state, whose shares are admitted to trading on a regulated
market in a member state, and which is not an SME; and who its directors are.

>>> from datetime import date
>>> in_scope(Listing("NL", ["DE"], employees=300), date(2026, 6, 30)).verdict.value
'applies'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "EU_MEMBER_STATES",
    "Listing",
    "directors",
    "in_scope",
]

import re
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.citations import EU_2022_2381_2, EU_2022_2381_3, EU_2022_2381_4
from ingroeiquotum.law.eu.directive import _not_in_force
from ingroeiquotum.law.findings import Finding, Reading, Verdict
from ingroeiquotum.law.parameters import SizeLimits
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.model.company import Company
from ingroeiquotum.model.composition import Composition

EU_MEMBER_STATES = frozenset((
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
))  # fmt: skip
"""The 27 member states by ISO 3166 code ("EL" for Greece is read as "GR")."""


# -- scope ----------------------------------------------------------------------------------


def _country(field: str, value: object) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
        raise InvalidArgument(field, value, "must be a two-letter country code such as 'NL'")
    code = value.strip().upper()
    return "GR" if code == "EL" else code


def _office(value: object) -> str:
    return _country("registered_office", value)


def _markets(value: object) -> tuple[str, ...]:
    items = _validate.sequence("regulated_markets", value)
    codes = [_country(f"regulated_markets[{index}]", item) for index, item in enumerate(items)]
    return tuple(dict.fromkeys(codes))


def _optional_amount(field: str, value: object) -> Decimal | None:
    return None if value is None else _validate.amount(field, value)


def _employees(value: object) -> Decimal | None:
    return _optional_amount("employees", value)


def _turnover(value: object) -> Decimal | None:
    return _optional_amount("turnover", value)


def _balance_sheet_total(value: object) -> Decimal | None:
    return _optional_amount("balance_sheet_total", value)


@attrs.frozen
class Listing:
    """
    The facts the directive's scope turns on (art. 2 and 3).

    ``registered_office`` is the member state of the company's registered office (its law
    applies, art. 4); ``regulated_markets`` are the states where its shares are admitted to
    trading on a regulated market, as two-letter codes (a listing outside the EU counts for
    nothing here). ``employees`` (persons), ``turnover`` and ``balance_sheet_total`` (euros)
    decide whether it is an SME; ``None`` where not known.

    >>> Listing("nl", ["DE", "de"]).regulated_markets
    ('DE',)

    .. versionadded:: 0.1.0
    """

    registered_office: str = attrs.field(default="NL", converter=_office)
    regulated_markets: tuple[str, ...] = attrs.field(default=(), converter=_markets)
    employees: Decimal | None = attrs.field(default=None, converter=_employees)
    turnover: Decimal | None = attrs.field(default=None, converter=_turnover)
    balance_sheet_total: Decimal | None = attrs.field(default=None, converter=_balance_sheet_total)

    @property
    def eu_markets(self) -> tuple[str, ...]:
        """The member states among ``regulated_markets``."""
        return tuple(code for code in self.regulated_markets if code in EU_MEMBER_STATES)


def _or(first: bool | None, second: bool | None) -> bool | None:
    """``first or second`` where ``None`` is unknown."""
    if first or second:
        return True
    return False if first is False and second is False else None


def _and(first: bool | None, second: bool | None) -> bool | None:
    """``first and second`` where ``None`` is unknown."""
    if first is False or second is False:
        return False
    return True if first and second else None


def _sme(
    listing: Listing, limits: SizeLimits, reading: Reading = readings.EU_SME
) -> tuple[bool | None, tuple[str, ...]]:
    """
    Whether ``listing`` is an SME (``None`` if a missing figure decides) and what is missing:
    the reading ``eu.sme_definition``, or where its alternative is chosen (``reading``) the
    balance-sheet total alone suffices, whatever the head-count. The one place that decides it.
    """
    staff = None if listing.employees is None else listing.employees < limits.employees
    turnover = None if listing.turnover is None else listing.turnover <= limits.net_turnover
    balance = (
        None
        if listing.balance_sheet_total is None
        else listing.balance_sheet_total <= limits.total_assets
    )
    if reading.alternative_chosen:
        sme = _or(_and(staff, turnover), balance)
        if sme is not None:
            return sme, ()
        return None, tuple(
            name
            for name, value in (
                ("employees", staff), ("turnover", turnover), ("balance_sheet_total", balance)
            )
            if value is None
        )  # fmt: skip
    money: bool | None = True if (turnover or balance) else None
    if turnover is False and balance is False:
        money = False
    if staff is False or money is False:
        return False, ()
    if staff is True and money is True:
        return True, ()
    missing = ["employees"] if staff is None else []
    if money is None:
        missing.extend(
            name
            for name, value in (("turnover", turnover), ("balance_sheet_total", balance))
            if value is None
        )
    return None, tuple(missing)


_SCOPE_CITATIONS = (EU_2022_2381_2, EU_2022_2381_3, EU_2022_2381_4)
_SCOPE = rules.get("eu.scope")


def in_scope(listing: Listing, on: date, *, subject: str = "") -> Finding:
    """
    Whether the directive reaches the company described by ``listing`` on ``on``: the finding.

    ``APPLIES`` for a listed company (registered office in a member state, shares on a
    regulated market in a member state) that is not an SME; ``NOT_APPLICABLE`` with the reason
    otherwise, and before the directive's entry into force; ``CANNOT_DECIDE`` where a missing
    size figure decides whether it is an SME.

    >>> in_scope(Listing("NL", ["DE"], employees=300), date(2026, 6, 30)).message
    'eu.scope_applies'
    >>> in_scope(Listing("NL", ["DE"], employees=249, turnover=50e6), date(2026, 6, 30)).message
    'eu.scope_sme'
    """
    if not isinstance(listing, Listing):
        raise InvalidArgument("listing", listing, "must be a Listing")
    on = _validate.day("on", on)
    _validate.text("subject", subject)
    stopped = _not_in_force(_SCOPE, on, _SCOPE_CITATIONS, subject)
    if stopped is not None:
        return stopped
    limits: SizeLimits = _parameter("women_on_boards.sme_limits").at(on)
    facts: dict[str, Any] = {
        "registered_office": listing.registered_office,
        "regulated_markets": listing.eu_markets,
        "employees": listing.employees,
        "turnover": listing.turnover,
        "balance_sheet_total": listing.balance_sheet_total,
        "sme_employees": limits.employees,
        "sme_turnover": limits.net_turnover,
        "sme_balance_sheet_total": limits.total_assets,
    }
    applied: list[Reading] = [readings.EU_BENCHMARK]
    missing: tuple[str, ...] = ()
    if listing.registered_office not in EU_MEMBER_STATES:
        verdict, message = Verdict.NOT_APPLICABLE, "eu.scope_office_outside_eu"
    elif not listing.eu_markets:
        verdict, message = Verdict.NOT_APPLICABLE, "eu.scope_not_listed"
    else:
        sme_reading = readings.applies(readings.EU_SME)
        applied.append(sme_reading)
        sme, missing = _sme(listing, limits, sme_reading)
        if sme is None:
            verdict, message = Verdict.CANNOT_DECIDE, "eu.scope_sme_unknown"
        elif sme:
            verdict = Verdict.NOT_APPLICABLE
            message = (
                "eu.scope_sme_alternative" if sme_reading.alternative_chosen else "eu.scope_sme"
            )
        else:
            verdict, message = Verdict.APPLIES, "eu.scope_applies"
    return _SCOPE.finding(
        verdict,
        on,
        message,
        facts=facts,
        citations=_SCOPE_CITATIONS,
        readings=applied,
        missing=missing,
        subject=subject,
    )


def directors(company: Company, on: date) -> tuple[Composition | None, Composition | None]:
    """
    The executive and the non-executive directors of ``company`` on ``on``, as the directive
    counts them: in a two-tier company the bestuur and the RvC (reading
    ``eu.two_tier_directors``). A company without an RvC has no non-executive directors.

    >>> from ingroeiquotum.company import Snapshot
    >>> company = Company("X", "NV", snapshots=[
    ...     Snapshot("bestuur", date(2026, 6, 30), Composition(2, 1)),
    ...     Snapshot("rvc", date(2026, 6, 30), Composition(3, 2))])
    >>> directors(company, date(2026, 6, 30))
    (Composition(men=2, women=1, other=0, unknown=0), Composition(men=3, women=2, other=0, unknown=0))
    """
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    on = _validate.day("on", on)
    executives = company.composition(company.management_organ, on)
    non_executives = company.composition(company.supervisory_organ, on)
    if non_executives is None and not company.supervisory_board:
        non_executives = Composition(0, 0)
    return executives, non_executives
