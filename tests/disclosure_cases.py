"""
The worked examples of the board-diversity disclosures, shared by the tests of the figures
(tests/law/eu/test_disclosures.py) and of their texts (tests/i18n/test_disclosures_esg.py).
"""

from __future__ import annotations

from datetime import date

from ingroeiquotum.company import Company, Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.organs import Organ

DAY = date(2025, 12, 31)

# Two-tier: bestuur 2 men, 1 woman; RvC 3 men, 2 women, 1 neither sex, 1 unknown;
# subtop "Directie" 4 men, 4 women, 1 neither sex.
TWO_TIER = Company(
    "Voorbeeld NV", "NV", listed=True,
    snapshots=[
        Snapshot("bestuur", DAY, Composition(men=2, women=1)),
        Snapshot("rvc", DAY, Composition(men=3, women=2, other=1, unknown=1)),
        Snapshot(Organ.subtop("Directie"), DAY, Composition(men=4, women=4, other=1)),
    ],
)  # fmt: skip
# One-tier: executives 1 man, 1 woman, 1 neither sex; non-executives 4 men, 2 women, 1 unknown.
ONE_TIER = Company(
    "Plc NV", "NV", board_model="one_tier",
    snapshots=[
        Snapshot("executive", DAY, Composition(men=1, women=1, other=1)),
        Snapshot("non_executive", DAY, Composition(men=4, women=2, unknown=1)),
    ],
)  # fmt: skip
