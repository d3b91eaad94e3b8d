"""
The quota (*ingroeiquotum*), art. 2:142b BW.

The raad van commissarissen of a company listed in the Netherlands, or the non-executive
directors of its one-tier board, consists for at least one third of men and for at least one
third of women. Where the number of members is not divisible by three, the next higher multiple
of three counts, so the minimum per sex is the number of members divided by three, rounded up.
While the board does not meet that, the appointment of a person who does not make the ratio of
men to women more balanced is void (*nietig*), unless it is a reappointment within eight years
after the year of appointment, or exceptional circumstances (art. 2:135a lid 5 BW) apply.
In force from 1 January 2022; lapses on 1 January 2030.

The worked examples of the sources: 4 members need 2 men and 2 women, 5 need 2 of each, 10
need 4 of each.

>>> minimum_per_sex(4), minimum_per_sex(5), minimum_per_sex(10)
(2, 2, 4)
>>> is_balanced(men=4, women=2)
True
>>> is_balanced(men=5, women=1)
False
>>> from datetime import date
>>> appointment_is_void(men=5, women=1, appointee="man", on=date(2024, 4, 18))
True
>>> appointment_is_void(men=5, women=1, appointee="woman", on=date(2024, 4, 18))
False

The finding behind the last answers says why:

>>> from ingroeiquotum.composition import Composition
>>> finding = judge_appointment(Composition(5, 1), "man", on=date(2024, 4, 18))
>>> finding.verdict, finding.article
(<Verdict.NOT_COMPLIANT: 'not_compliant'>, 'art. 2:142b lid 2 BW; art. 2:14 lid 1 BW')

More information: art. 2:142b BW (https://wetten.overheid.nl/BWBR0003045), Kamerstukken 35 628,
and ``docs/explanation/law.md``.
"""

from __future__ import annotations

__all__ = [
    "RULE_VERSION",
    "Appointment",
    "Departure",
    "MeetingEvent",
    "MeetingResult",
    "appointment_is_void",
    "check_balance",
    "check_company",
    "classify",
    "counted_members",
    "counts_neither_sex",
    "is_balanced",
    "judge_appointment",
    "judge_meeting",
    "minimum_per_sex",
    "reaches",
    "shortfall",
]

from ingroeiquotum.law import rules
from ingroeiquotum.law.bw2.appointments import (
    Appointment,
    Departure,
    MeetingEvent,
    MeetingResult,
    appointment_is_void,
    judge_appointment,
    judge_meeting,
)
from ingroeiquotum.law.bw2.balance import REACHED as REACHED
from ingroeiquotum.law.bw2.balance import _cite as _cite
from ingroeiquotum.law.bw2.balance import _classify as _classify
from ingroeiquotum.law.bw2.balance import _decide as _decide
from ingroeiquotum.law.bw2.balance import (
    check_balance,
    check_company,
    classify,
    counted_members,
    counts_neither_sex,
    is_balanced,
    minimum_per_sex,
    reaches,
    shortfall,
)
from ingroeiquotum.law.bw2.balance import in_force as in_force

RULE_VERSION = rules.get("quota.balance").version
"""The version of this module's reading of art. 2:142b BW (from :mod:`.rules`)."""
