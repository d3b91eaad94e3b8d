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

__all__ = ["SAMPLE_MEETING_DATE", "sample_company", "sample_meeting"]

from datetime import date

from ingroeiquotum.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
    Snapshot,
)
from ingroeiquotum.composition import Composition
from ingroeiquotum.quota import Appointment, Departure

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
_COMPOSITIONS: dict[str, dict[int, tuple[int, int, int]]] = {
    "bestuur": {2022: (3, 0, 0), 2023: (3, 0, 0), 2024: (2, 1, 0), 2025: (2, 1, 0)},
    "rvc": {2022: (4, 1, 0), 2023: (4, 2, 0), 2024: (3, 3, 0), 2025: (5, 1, 0)},
    "subtop:Directeuren": {2022: (14, 3, 0), 2023: (13, 4, 0), 2024: (13, 5, 0), 2025: (12, 6, 0)},
    "subtop:Afdelingshoofden": {
        2022: (41, 12, 0),
        2023: (40, 14, 0),
        2024: (38, 16, 0),
        2025: (37, 18, 1),
    },
}


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
