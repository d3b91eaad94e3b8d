"""
Sample data shipped with the package: a small **fictional** chemical company.

*Polderchemie N.V.* does not exist. Its figures are made up to exercise every rule of the
library: it is listed on a regulated market in the Netherlands (so its RvC has the quota),
large (so it sets targets for its bestuur and two subtop categories), and its RvC falls out of
balance in 2025, so that the appointments at its 2026 general meeting are worth checking.

>>> company = sample_company()
>>> company.name, company.legal_form.value, company.listed
('Polderchemie N.V.', 'NV', True)
>>> [str(organ) for organ in company.organs]
['bestuur', 'rvc', 'subtop:Directeuren', 'subtop:Afdelingshoofden']
"""

from __future__ import annotations

__all__ = [
    "SAMPLE_MEETING_DATE",
    "sample_company",
    "sample_course",
    "sample_meeting",
    "sample_plan",
    "sample_reasons",
    "sample_renewed_target",
    "sample_targets",
]

from datetime import date

from ingroeiquotum.law.bw2.quota import Appointment, Departure
from ingroeiquotum.law.bw2.targets import Target, TargetForm
from ingroeiquotum.model.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
    Snapshot,
)
from ingroeiquotum.model.composition import Composition, Seat
from ingroeiquotum.model.organs import Organ, OrganLike
from ingroeiquotum.model.plan import Lever, Measure, Plan
from ingroeiquotum.planning.projection import Course

SAMPLE_MEETING_DATE = date(2026, 4, 23)
"""The date of the sample company's 2026 annual general meeting."""

# (year, total assets, net turnover, average employees): fictional figures.
_FIGURES = (
    (2021, 168_000_000, 221_000_000, 812),
    (2022, 175_500_000, 236_400_000, 834),
    (2023, 181_200_000, 249_900_000, 851),
    (2024, 179_800_000, 243_100_000, 846),
    (2025, 186_300_000, 252_700_000, 858),
)

# organ -> {year: (men, women, other)} at the end of each financial year: fictional.
_COMPOSITIONS: dict[OrganLike, dict[int, tuple[int, int, int]]] = {
    "bestuur": {2022: (3, 0, 0), 2023: (3, 0, 0), 2024: (2, 1, 0), 2025: (2, 1, 0)},
    "rvc": {2022: (4, 1, 0), 2023: (4, 2, 0), 2024: (3, 3, 0), 2025: (5, 1, 0)},
    Organ.subtop("Directeuren"): {
        2022: (14, 3, 0),
        2023: (13, 4, 0),
        2024: (13, 5, 0),
        2025: (12, 6, 0),
    },
    Organ.subtop("Afdelingshoofden"): {
        2022: (41, 12, 0),
        2023: (40, 14, 0),
        2024: (38, 16, 0),
        2025: (37, 18, 1),
    },
}


# The bestuur's seats (fictional), consistent with its compositions above: a man left on
# 30 April 2024 and a woman, promoted from the subtop, took his seat the next day.
_BESTUUR_SEATS = (
    Seat("man", date(2015, 6, 1)),
    Seat("man", date(2018, 9, 1)),
    Seat("man", date(2019, 5, 1), end=date(2024, 4, 30)),
    Seat("woman", date(2024, 5, 1), promoted=True),
)


def sample_company() -> Company:
    """The fictional Polderchemie N.V., with its financial years 2021-2025 and compositions."""
    years = tuple(
        FinancialYear(
            date(year, 1, 1),
            date(year, 12, 31),
            SizeFigures(total_assets=assets, net_turnover=turnover, employees=employees),
        )
        for year, assets, turnover, employees in _FIGURES
    )
    snapshots = tuple(
        Snapshot(organ, date(year, 12, 31), Composition(men, women, other))
        for organ, by_year in _COMPOSITIONS.items()
        for year, (men, women, other) in by_year.items()
    )
    return Company(
        name="Polderchemie N.V.",
        legal_form=LegalForm.NV,
        listed=True,
        board_model=BoardModel.TWO_TIER,
        financial_years=years,
        sector="20",
        kvk="00000000",
        snapshots=snapshots,
        seats={"bestuur": _BESTUUR_SEATS},
    )


def sample_meeting() -> tuple[Departure | Appointment, ...]:
    """
    The RvC items on the agenda of the sample company's 2026 general meeting, in voting order.

    A man's term ends and he is reappointed (first appointed in 2018); then a woman and a
    man are appointed to the two vacant seats.
    """
    return (
        Departure("man"),
        Appointment("man", reappointment=True, first_appointed=date(2018, 4, 19)),
        Appointment("woman"),
        Appointment("man"),
    )


def sample_targets() -> tuple[Target, ...]:
    """
    The targets the sample company set in 2022 (fictional): one third of each sex in the
    bestuur by 2026, 30 % of each sex among its directors and 35 % among its department heads
    by 2025. As a listed company it has the quota on its RvC instead of a target.
    """
    return (
        Target("bestuur", TargetForm.EACH_SEX, "33%", target_year=2026, base_year=2022),
        Target(
            Organ.subtop("Directeuren"),
            TargetForm.EACH_SEX,
            "30%",
            target_year=2025,
            base_year=2022,
        ),
        Target(
            Organ.subtop("Afdelingshoofden"),
            TargetForm.EACH_SEX,
            "35%",
            target_year=2025,
            base_year=2022,
        ),
    )


def sample_reasons(language: str = "en") -> dict[str, str]:
    """
    Why the sample company missed a target (fictional), by target key, in ``language``: the
    company writes its own explanation, so the sample has one in Dutch and one in English (in
    the catalogs, with the package's other texts).
    """
    from ingroeiquotum.guidance._locale import language as parse_language
    from ingroeiquotum.i18n import catalog

    words = catalog(parse_language(language, "language"))
    return {"subtop:Afdelingshoofden": words["sample.reason.afdelingshoofden"]}


def sample_plan() -> Plan:
    """The sample company's plan of action (fictional): three measures."""
    return Plan(
        (
            Measure(
                "Every shortlist for a subtop or board vacancy holds at least one woman and one "
                "man",
                levers={Lever.RECRUITMENT},
                organs=(
                    Organ.subtop("Directeuren"),
                    Organ.subtop("Afdelingshoofden"),
                    "bestuur",
                ),
                owner="HR director",
                start=date(2023, 1, 1),
                effect="Share of women on shortlists and among appointments, each quarter",
                serves=("bestuur", "subtop:Directeuren", "subtop:Afdelingshoofden"),
            ),
            Measure(
                "Mentoring programme for women in the subtop, with a sponsor from the bestuur",
                levers={Lever.DEVELOPMENT, Lever.RETENTION},
                organs=(Organ.subtop("Afdelingshoofden"),),
                owner="Chief operating officer",
                start=date(2023, 9, 1),
                end=date(2026, 8, 31),
                effect="Promotions of participants to director within three years",
                serves=("subtop:Directeuren",),
            ),
            Measure(
                "The RvC reviews the figures against the targets twice a year",
                levers={Lever.GOVERNANCE},
                organs=("bestuur", "rvc"),
                owner="Chair of the RvC",
                start=date(2023, 1, 1),
                effect="Minutes of the reviews; actions agreed and followed up",
                serves=("bestuur", "subtop:Directeuren", "subtop:Afdelingshoofden"),
            ),
        ),
        adopted_on=date(2022, 12, 15),
    )


def sample_renewed_target() -> Target:
    """
    The target the sample company set after missing its 2025 target for department heads
    (fictional): 35 % of each sex by 2027, from 2025.
    """
    return Target(
        Organ.subtop("Afdelingshoofden"),
        TargetForm.EACH_SEX,
        "35%",
        target_year=2027,
        base_year=2025,
    )


def sample_course() -> Course:
    """
    The department heads' course (fictional): 12 % leave each year and 45 % of the new
    department heads are women.
    """
    return Course(outflow="12%", inflow_women="45%")
