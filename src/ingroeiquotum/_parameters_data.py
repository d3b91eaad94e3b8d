"""
The values of the dated legal parameters: data only, no logic.

Each value cites its source. ``tests/golden/parameters.json`` holds a dump of this module so that
a legal reviewer reads every change as a diff. Sources are listed in ``docs/law.md``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from ingroeiquotum.citations import (
    ACT_2021_TIMING,
    BESLUIT_2024_52_3,
    BW_2_142B_2,
    BW_2_276_3,
    BW_2_397_1,
)
from ingroeiquotum.parameters import DatedValue, Parameter, SizeLimits

_VERIFIED = date(2026, 11, 25)
_SIZE_LIMITS_2024 = BESLUIT_2024_52_3

ACT_IN_FORCE = Parameter(
    key="act.in_force",
    description=(
        "The Wet ingroeiquotum en streefcijfers (Stb. 2021, 495) is in force: from 1 January 2022 "
        "until it lapses eight years later under its horizon clause."
    ),
    unit="bool",
    values=(
        DatedValue(date(2022, 1, 1), True, ACT_2021_TIMING, "Entry into force (Stb. 2021, 495)."),
        DatedValue(
            date(2030, 1, 1), None, ACT_2021_TIMING,
            "The act lapses eight years after its entry into force (horizon clause).",
        ),
    ),
    last_verified_on=_VERIFIED,
)  # fmt: skip

QUOTA_MINIMUM_SHARE = Parameter(
    key="quota.minimum_share",
    description=(
        "The least share of the members of the RvC (or of the non-executive directors) that must "
        "be men, and the least share that must be women."
    ),
    unit="fraction",
    values=(
        DatedValue(date(2022, 1, 1), Fraction(1, 3), BW_2_142B_2),
        DatedValue(date(2030, 1, 1), None, ACT_2021_TIMING, "Lapses with the act."),
    ),
    last_verified_on=_VERIFIED,
)

QUOTA_REAPPOINTMENT_YEARS = Parameter(
    key="quota.reappointment_window_years",
    description=(
        "A reappointment within this many years after the year of appointment is not void "
        "('binnen acht jaar na het jaar van benoeming')."
    ),
    unit="years",
    values=(
        DatedValue(date(2022, 1, 1), 8, BW_2_142B_2),
        DatedValue(date(2030, 1, 1), None, ACT_2021_TIMING, "Lapses with the act."),
    ),
    last_verified_on=_VERIFIED,
)

SIZE_LIMITS = Parameter(
    key="scope.size_limits",
    description=(
        "The limits of art. 2:397 lid 1 BW, keyed by the start of the financial year. A company "
        "exceeding two of the three on two consecutive balance-sheet dates is large."
    ),
    unit="EUR / EUR / persons",
    values=(
        DatedValue(
            date(2016, 1, 1),
            SizeLimits(Decimal(20_000_000), Decimal(40_000_000), 250),
            BW_2_397_1,
            "Amounts set by the Uitvoeringswet richtlijn jaarrekening (Directive 2013/34/EU), in "
            "force 1 November 2015, for financial years starting on or after 1 January 2016 "
            "(before: EUR 17.5 m and EUR 35 m, not modelled); confirmed by practitioners' notes.",
        ),
        DatedValue(
            date(2023, 1, 1),
            SizeLimits(Decimal(20_000_000), Decimal(40_000_000), 250),
            _SIZE_LIMITS_2024,
            "Financial year 2023: the old amounts, unless the company opts in to the new ones "
            "(see scope.size_limits_opt_in).",
        ),
        DatedValue(
            date(2024, 1, 1),
            SizeLimits(Decimal(25_000_000), Decimal(50_000_000), 250),
            _SIZE_LIMITS_2024,
            "Raised by Stb. 2024, 52 (Delegated Directive (EU) 2023/2775), in force 13 March 2024.",
        ),
    ),
    last_verified_on=_VERIFIED,
)

SIZE_LIMITS_OPT_IN = Parameter(
    key="scope.size_limits_opt_in",
    description=(
        "The limits a company may choose to apply early, for a financial year starting in 2023."
    ),
    unit="EUR / EUR / persons",
    values=(
        DatedValue(
            date(2023, 1, 1),
            SizeLimits(Decimal(25_000_000), Decimal(50_000_000), 250),
            _SIZE_LIMITS_2024,
        ),
        DatedValue(
            date(2024, 1, 1), None, _SIZE_LIMITS_2024,
            "From 2024 the new amounts apply to everyone; there is nothing left to opt in to.",
        ),
    ),
    last_verified_on=_VERIFIED,
)  # fmt: skip

REPORTING_PERIOD_MONTHS = Parameter(
    key="reporting.period_months",
    description=(
        "The report to the SER is due within this many months after the end of the financial "
        "year, keyed by that end."
    ),
    unit="months",
    values=(
        DatedValue(date(2022, 1, 1), 10, BW_2_276_3, "Art. 2:166 lid 3 BW for the NV."),
        DatedValue(
            date(2030, 1, 1), None, ACT_2021_TIMING,
            "No duty for financial years ending after the act has lapsed.",
        ),
    ),
    last_verified_on=_VERIFIED,
)  # fmt: skip

PARAMETERS = {
    parameter.key: parameter
    for parameter in (
        ACT_IN_FORCE,
        QUOTA_MINIMUM_SHARE,
        QUOTA_REAPPOINTMENT_YEARS,
        SIZE_LIMITS,
        SIZE_LIMITS_OPT_IN,
        REPORTING_PERIOD_MONTHS,
    )
}
