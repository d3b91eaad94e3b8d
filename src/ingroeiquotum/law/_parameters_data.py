"""
The values of the dated legal parameters: data only, no logic.

Each value cites its source. ``tests/golden/parameters.json`` holds a dump of this module so that
a legal reviewer reads every change as a diff. Sources are listed in ``docs/explanation/law.md``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from ingroeiquotum.law._parameters_act import ENTRY_INTO_FORCE, LAPSE
from ingroeiquotum.law.citations import (
    ACT_2021_TIMING,
    BESLUIT_2024_52_3,
    BW_2_142B_2,
    BW_2_276_3,
    BW_2_397_1,
    COMMISSION_LETTER_2025,
    EU_2022_2381_3,
    EU_2022_2381_5,
    EU_2022_2381_11,
    EU_2022_2381_12,
    EU_2022_2381_14,
    EU_2022_2381_ANNEX,
)
from ingroeiquotum.law.dated import DatedValue, Parameter, SizeLimits

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
        DatedValue(ENTRY_INTO_FORCE, True, ACT_2021_TIMING, "Entry into force (Stb. 2021, 495)."),
        DatedValue(
            LAPSE, None, ACT_2021_TIMING,
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
        DatedValue(ENTRY_INTO_FORCE, Fraction(1, 3), BW_2_142B_2),
        DatedValue(LAPSE, None, ACT_2021_TIMING, "Lapses with the act."),
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
        DatedValue(ENTRY_INTO_FORCE, 8, BW_2_142B_2),
        DatedValue(LAPSE, None, ACT_2021_TIMING, "Lapses with the act."),
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
        DatedValue(ENTRY_INTO_FORCE, 10, BW_2_276_3, "Art. 2:166 lid 3 BW for the NV."),
        DatedValue(
            LAPSE, None, ACT_2021_TIMING,
            "No duty for financial years ending after the act has lapsed.",
        ),
    ),
    last_verified_on=_VERIFIED,
)  # fmt: skip

# -- Directive (EU) 2022/2381 ("women on boards") ----------------------------------------------
# Keys start with "women_on_boards." (the directive's common name). Sources: the EUR-Lex record
# and summary (LEGISSUM 4628471), the article titles of the Spanish text (vademecumlegal.es),
# law-firm notes; see docs/explanation/eu.md. What no source we could read settles is said in the notes.

_EU_START = date(2022, 12, 27)
_EU_OBJECTIVES_DUE = date(2026, 6, 30)
_EU_VERIFIED = date(2026, 11, 25)

EU_IN_FORCE = Parameter(
    key="women_on_boards.in_force",
    description=(
        "Directive (EU) 2022/2381 is in force: from 27 December 2022, the twentieth day after its "
        "publication in OJ L 315 of 7 December 2022."
    ),
    unit="bool",
    values=(
        DatedValue(
            _EU_START, True, EU_2022_2381_14,
            "Entry into force (art. 14). Art. 14 also sets an expiry; its date was not read in a "
            "primary source (the rule book's 31 December 2038 is unverified), so no lapse is "
            "modelled.",
        ),
    ),
    last_verified_on=_EU_VERIFIED,
)  # fmt: skip

EU_OBJECTIVES_DUE = Parameter(
    key="women_on_boards.objectives_due",
    description=(
        "Whether the objective of art. 5 must have been reached: listed companies are to reach "
        "it by 30 June 2026."
    ),
    unit="bool",
    values=(
        DatedValue(
            _EU_START, False, EU_2022_2381_5,
            "In force, but the objective is to be reached only by 30 June 2026.",
        ),
        DatedValue(
            _EU_OBJECTIVES_DUE, True, EU_2022_2381_5,
            "The date by which the objective is to be reached (EUR-Lex summary; law-firm notes).",
        ),
    ),
    last_verified_on=_EU_VERIFIED,
)  # fmt: skip

EU_NON_EXECUTIVE_SHARE = Parameter(
    key="women_on_boards.non_executive_share",
    description=(
        "Objective (a): the under-represented sex holds at least this share of the non-executive "
        "director positions."
    ),
    unit="fraction",
    values=(DatedValue(_EU_START, Fraction(2, 5), EU_2022_2381_5, "40 %."),),
    last_verified_on=_EU_VERIFIED,
)

EU_ALL_DIRECTORS_SHARE = Parameter(
    key="women_on_boards.all_directors_share",
    description=(
        "Objective (b): the under-represented sex holds at least this share of all director "
        "positions, executive and non-executive together."
    ),
    unit="fraction",
    values=(
        DatedValue(
            _EU_START, Fraction(33, 100), EU_2022_2381_5,
            "33 %, read as 33/100 and not as one third (the two give other numbers from boards "
            "of 53 positions).",
        ),
    ),
    last_verified_on=_EU_VERIFIED,
)  # fmt: skip

EU_MAXIMUM_SHARE = Parameter(
    key="women_on_boards.maximum_share",
    description=(
        "The number of positions needed is the number closest to the objective's share, but not "
        "more than this share of the positions."
    ),
    unit="fraction",
    values=(
        DatedValue(
            _EU_START, Fraction(49, 100), EU_2022_2381_ANNEX,
            "49 % (art. 5 and the annex; the cap is given by secondary sources, Rödl 2024). The "
            "annex's table was not read: the library computes the numbers from this rule.",
        ),
    ),
    last_verified_on=_EU_VERIFIED,
)  # fmt: skip

EU_SME_LIMITS = Parameter(
    key="women_on_boards.sme_limits",
    description=(
        "A micro, small or medium-sized enterprise (SME), outside the directive, employs fewer "
        "than 250 persons and has an annual turnover not exceeding EUR 50 million or an annual "
        "balance-sheet total not exceeding EUR 43 million."
    ),
    unit="EUR / EUR / persons",
    values=(
        DatedValue(
            _EU_START,
            SizeLimits(Decimal(43_000_000), Decimal(50_000_000), 250),
            EU_2022_2381_3,
            "Art. 3 as summarised by EUR-Lex (LEGISSUM 4628471). Here `employees` is the "
            "head-count an SME stays below, and the amounts are the most an SME may have. Equivalent "
            "amounts in a non-euro currency are not modelled.",
        ),
    ),
    last_verified_on=_EU_VERIFIED,
)

EU_TRANSPOSITION_NL = Parameter(
    key="women_on_boards.transposition_nl",
    description=(
        "The Dutch transposition of Directive (EU) 2022/2381 as far as the library knows it: "
        "'not_in_force' (no act found in force). A later release adds a dated value when an act "
        "is found; the API stays the same."
    ),
    unit="status",
    values=(
        DatedValue(
            date(2024, 12, 28), "not_in_force", EU_2022_2381_11,
            "Transposition deadline (art. 11). No Dutch act or bill was found.",
        ),
        DatedValue(
            date(2025, 1, 31), "not_in_force", COMMISSION_LETTER_2025,
            "The Commission's letter of formal notice to the Netherlands for not communicating "
            "transposition measures, published 31 January 2025 (secondary sources). Still no "
            "Dutch act found; which objective the Netherlands will choose is not known.",
        ),
    ),
    last_verified_on=_EU_VERIFIED,
)  # fmt: skip

EU_ARTICLE_12_NL = Parameter(
    key="women_on_boards.article_12_nl",
    description=(
        "Whether the Netherlands has suspended the selection duties of art. 6 under art. 12: "
        "'unknown' as far as the library knows. A later release adds 'suspended' or "
        "'not_suspended' with its date."
    ),
    unit="status",
    values=(
        DatedValue(
            _EU_START, "unknown", EU_2022_2381_12,
            "Art. 12 lets a member state suspend art. 6 only (not arts. 5 and 7). Its conditions "
            "(30 % non-executive or 25 % of all directors, or national law as effective, before "
            "27 December 2022) come from secondary sources; no Dutch decision was found.",
        ),
    ),
    last_verified_on=_EU_VERIFIED,
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
        EU_IN_FORCE,
        EU_OBJECTIVES_DUE,
        EU_NON_EXECUTIVE_SHARE,
        EU_ALL_DIRECTORS_SHARE,
        EU_MAXIMUM_SHARE,
        EU_SME_LIMITS,
        EU_TRANSPOSITION_NL,
        EU_ARTICLE_12_NL,
    )
}
