"""Facts shared by the tests of the directive (``tests/law/eu``) and the comparison."""

from __future__ import annotations

from datetime import date

from ingroeiquotum import eu
from ingroeiquotum.company import Company, SizeFigures, Snapshot
from ingroeiquotum.composition import Composition

DUE = date(2026, 6, 30)
BIG = SizeFigures(600_000_000, 400_000_000, 900)
LARGE_LISTING = {"employees": 900, "turnover": 400e6, "balance_sheet_total": 600e6}
ALL_TRUE = eu.SelectionProcess(**{duty.value: True for duty in eu.Duty})
ALL_FALSE = eu.SelectionProcess(**{duty.value: False for duty in eu.Duty})


def two_tier_company(
    bestuur: Composition, rvc: Composition, on: date = DUE, **kwargs: object
) -> Company:
    """A Dutch NV with a bestuur and an RvC recorded on ``on``."""
    return Company(
        kwargs.pop("name", "Voorbeeld NV"),
        "NV",
        snapshots=[Snapshot("bestuur", on, bestuur), Snapshot("rvc", on, rvc)],
        **kwargs,
    )
