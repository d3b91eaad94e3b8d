"""Calls a user may write: ``mypy --strict`` must accept every one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from ingroeiquotum.company import (
    BoardModel,
    BoardModelName,
    Company,
    FinancialYear,
    LegalForm,
    LegalFormName,
    SizeFigures,
    Snapshot,
)
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.gender import Gender, GenderLabel
from ingroeiquotum.organs import RVC, Organ, OrganKind, OrganLike, OrganName
from ingroeiquotum.plan import Lever, Measure, Plan
from ingroeiquotum.quota import Appointment, judge_appointment
from ingroeiquotum.targets import Flow, Target, TargetForm, TargetFormName

END = date(2024, 12, 31)

# Gender: a member, or a label of the one table (lower case; one-letter labels also in capitals).
seats = [
    Seat(Gender.WOMAN, date(2020, 1, 1)),
    Seat("man", date(2019, 5, 1), end=date(2023, 4, 30)),
    Seat("M", date(2021, 1, 1)),
    Seat("V", date(2021, 1, 1)),
    Seat("F", date(2021, 1, 1)),
    Seat("X", date(2021, 1, 1)),
    Seat("female", date(2021, 1, 1), first_appointed=date(2020, 1, 1)),
    Seat("vrouw", date(2021, 1, 1), promoted=True),
    Seat("unknown", date(2021, 1, 1)),
]
label: GenderLabel = "male"
from_file: str = "Vrouw"  # text known only at run time goes through the parser
Seat(label, END)
Seat(Gender.parse(from_file), END)
Appointment("v")
judge_appointment(Composition(3, 1), "V", END)

# Composition: counts are ints; genders as above.
board = Composition(men=4, women=2, other=1)
Composition(2, 1).share("woman")
Composition(2, 1).plus("F").minus(Gender.MAN)
Composition.from_genders(["m", "v", Gender.OTHER])
Composition.from_seats(seats, END)

# Organs: an Organ, a kind, or a fixed name; a subtop category through Organ.subtop.
organs: list[OrganLike] = [RVC, OrganKind.BESTUUR, "executive", Organ.subtop("Directors")]
fixed: OrganName = "non_executive"
Organ(OrganKind.RVC)
Organ("subtop", "Directors")
Organ.parse("subtop:Directors")  # the parser takes any text

# Company, its years and snapshots.
year = FinancialYear(date(2024, 1, 1), END, SizeFigures(Decimal("1e7"), 45_000_000, "120.5"))
form: LegalFormName = "B.V."
model: BoardModelName = "one_tier"
Company("Voorbeeld", "NV")
Company("Voorbeeld", LegalForm.BV, board_model=BoardModel.ONE_TIER)
company = Company(
    "Voorbeeld",
    form,
    listed=True,
    board_model=model,
    financial_years=(year,),
    snapshots=[
        Snapshot("rvc", END, Composition(3, 2)),
        Snapshot(Organ.subtop("Directors"), END, board),
        Snapshot(OrganKind.NON_EXECUTIVE, END, board),
    ],
    seats={"bestuur": seats, Organ.subtop("Directors"): seats[:2]},
)
Company("Voorbeeld", "bv", seats=[(RVC, seats), ("bestuur", ())])
company.composition("rvc", END)
company.composition(Organ.subtop("Directors"), END)
company.seats_of(company.supervisory_organ)

# Targets.
target_form: TargetFormName = "women_count"
Target("rvc", "each_sex", "30%", target_year=2027)
Target(OrganKind.BESTUUR, TargetForm.WOMEN_SHARE, Fraction(1, 3), target_year=2027, base_year=2024)
Target(Organ.subtop("Directors"), target_form, 3, target_year=2027, flow="inflow")
Target("bestuur", "each_sex", 0.3, target_year=2027, joint_with="rvc", flow=Flow.STOCK)
Target("rvc", "women_share", Decimal("0.4"), target_year=2027, set_on=date(2023, 1, 1))

# A plan of action.
Plan(
    [
        Measure("Shortlists", levers={Lever.RECRUITMENT, "culture"}, organs=("rvc",)),
        Measure("Mentoring", levers="development", organs=Organ.subtop("Directors")),
    ],
    adopted_on=date(2024, 12, 10),
)


def an_agenda_of_departures_and_appointments() -> None:
    """The appointment how-to's agenda, as written there: a list of both kinds of event."""
    from datetime import date

    from ingroeiquotum import quota
    from ingroeiquotum.composition import Composition

    agenda = [quota.Departure("man"), quota.Departure("man"), quota.Appointment("woman")]
    quota.judge_meeting(Composition(4, 1), agenda, date(2026, 4, 23))
