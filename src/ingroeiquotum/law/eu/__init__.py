"""
Women on boards (*evenwichtige vertegenwoordiging van bestuurders*), Directive (EU) 2022/2381.

A listed company with its registered office in a member state, whose shares are admitted to
trading on a regulated market in one or more member states and which is not an SME, is to reach
one of two objectives by 30 June 2026 (art. 5): the under-represented sex holds at least 40 % of
the non-executive director positions, or at least 33 % of all director positions. The number
of positions needed is the number closest to that share, but not above 49 % of the positions
(art. 5 and the annex). A company that misses its objective adjusts its selection of directors
(art. 6) and reports yearly on the board's composition and its measures (art. 7); a member
state may suspend art. 6 only (art. 12). Member states had to transpose it by 28 December 2024
(art. 11).

The directive binds the member states; a company meets it through national law. No Dutch act
transposing it was found in force (a letter of formal notice to the Netherlands was published
on 31 January 2025), so this module applies the directive's own objectives and duties as a
benchmark beside the Dutch law, and :func:`transposition` says on any date what is known.

**Not verified**: the annex's table was not read. The numbers below are computed by the library
from the rounding rule; the researchers' computed table for boards of 1 to 20 agrees with them.

>>> [positions_needed(n, "non_executive_40") for n in range(1, 11)]
[0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
>>> [positions_needed(n, "all_directors_33") for n in range(1, 11)]
[0, 0, 1, 1, 2, 2, 2, 3, 3, 3]

Checking a board on a date:

>>> from datetime import date
>>> from ingroeiquotum.composition import Composition
>>> rvc = Composition(men=6, women=3)
>>> finding = check_objective(None, rvc, date(2026, 6, 30))
>>> finding.verdict.value, finding.facts["positions_needed"]
('not_compliant', 4)
>>> check_objective(None, rvc, date(2026, 6, 29)).verdict.value
'not_applicable'

The directive by article group, each a module of this package whose public names this package
re-exports: :mod:`~ingroeiquotum.law.eu.scope` (art. 2 and 3),
:mod:`~ingroeiquotum.law.eu.objective` (art. 5 and the annex),
:mod:`~ingroeiquotum.law.eu.selection` (art. 6 and 12), :mod:`~ingroeiquotum.law.eu.information`
(art. 7) and :mod:`~ingroeiquotum.law.eu.directive` (the reading's version, the entry into force,
the transposition of art. 11). The Dutch law beside the directive, :func:`evaluate_combined` and
:class:`CombinedEvaluation`, lives in :mod:`ingroeiquotum.law.compare` (the comparison reads both
regimes, so it is not part of the directive) and is reachable here too.

More information: https://eur-lex.europa.eu/eli/dir/2022/2381 and ``docs/explanation/eu.md``.
"""

from __future__ import annotations

__all__ = [
    "EU_MEMBER_STATES",
    "LETTER_OF_FORMAL_NOTICE",
    "OBJECTIVES_DUE",
    "RULE_VERSION",
    "TRANSPOSITION_DEADLINE",
    "AnnualInformation",
    "CombinedEvaluation",
    "Duty",
    "Listing",
    "Objective",
    "SelectionProcess",
    "annual_information",
    "check_annual_information",
    "check_objective",
    "check_selection",
    "directors",
    "evaluate_combined",
    "in_scope",
    "positions_needed",
    "transposition",
]

import importlib
from typing import TYPE_CHECKING, Any

from ingroeiquotum.law.eu.directive import (
    LETTER_OF_FORMAL_NOTICE,
    RULE_VERSION,
    TRANSPOSITION_DEADLINE,
    transposition,
)
from ingroeiquotum.law.eu.information import (
    AnnualInformation,
    annual_information,
    check_annual_information,
)
from ingroeiquotum.law.eu.objective import (
    OBJECTIVES_DUE,
    Objective,
    check_objective,
    positions_needed,
)
from ingroeiquotum.law.eu.scope import EU_MEMBER_STATES, Listing, directors, in_scope
from ingroeiquotum.law.eu.selection import Duty, SelectionProcess, check_selection

if TYPE_CHECKING:
    from ingroeiquotum.law.compare import CombinedEvaluation, evaluate_combined

_COMPARISON = frozenset(("CombinedEvaluation", "evaluate_combined"))
"""
The names of :mod:`ingroeiquotum.law.compare` reachable here (API contract), looked up when first
asked for rather than imported with this package: the comparison imports the directive, never
the other way round, so there is no import circle.
"""


def __getattr__(name: str) -> Any:
    if name in _COMPARISON:
        return getattr(importlib.import_module("ingroeiquotum.law.compare"), name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
