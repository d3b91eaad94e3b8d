"""
ingroeiquotum: the Dutch *Wet ingroeiquotum en streefcijfers* (Boek 2 BW) as code.

The quota for the boards of listed companies (art. 2:142b BW), the scope of the targets duty
(art. 2:166/2:276 and 2:397 BW), targets, the plan of action, the report to the SER and the
bestuursverslag, the SER's guidance, and findings that explain themselves and cite their
article.

>>> import ingroeiquotum
>>> ingroeiquotum.quota.minimum_per_sex(7)
3

Submodules load on first use, so ``import ingroeiquotum`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_TABLE: dict[str, str | None] = {
    # Every name the package offers, and the public module it is taken from on first use (None:
    # the name is that public module itself). The one list of the package's surface: __all__,
    # __getattr__ and __dir__ are built from it, and tests/properties/test_architecture.py
    # checks that the TYPE_CHECKING block below, which type checkers need written out, imports
    # the same names.
    "Company": "company",
    "Composition": "composition",
    "Finding": "findings",
    "Gender": "gender",
    "IngroeiquotumError": "exceptions",
    "InvalidArgument": "exceptions",
    "Organ": "organs",
    "Verdict": "findings",
    "__version__": "_version",
    "bulk": None,
    "charts": None,
    "citations": None,
    "cli": None,
    "company": None,
    "composition": None,
    "disclosures": None,
    "display": None,
    "eu": None,
    "exceptions": None,
    "findings": None,
    "gender": None,
    "guidance": None,
    "i18n": None,
    "io": None,
    "needs": None,
    "organs": None,
    "parameters": None,
    "plan": None,
    "population": None,
    "progress": None,
    "projection": None,
    "quota": None,
    "readings": None,
    "reporting": None,
    "rules": None,
    "samples": None,
    "scope": None,
    "serialize": None,
    "succession": None,
    "targets": None,
}

_NOT_STARRED = frozenset({"cli"})
"""Names that load on attribute access but that ``from ingroeiquotum import *`` leaves out."""

if TYPE_CHECKING:
    # Written out for type checkers, which cannot run the table; the test checks both against it.
    from ingroeiquotum import bulk as bulk
    from ingroeiquotum import charts as charts
    from ingroeiquotum import cli as cli
    from ingroeiquotum import display as display
    from ingroeiquotum import exceptions as exceptions
    from ingroeiquotum import guidance as guidance
    from ingroeiquotum import i18n as i18n
    from ingroeiquotum import io as io
    from ingroeiquotum import population as population
    from ingroeiquotum import reporting as reporting
    from ingroeiquotum import samples as samples
    from ingroeiquotum._version import __version__ as __version__
    from ingroeiquotum.exceptions import IngroeiquotumError as IngroeiquotumError
    from ingroeiquotum.exceptions import InvalidArgument as InvalidArgument
    from ingroeiquotum.io import codec as serialize
    from ingroeiquotum.law import citations as citations
    from ingroeiquotum.law import eu as eu
    from ingroeiquotum.law import findings as findings
    from ingroeiquotum.law import needs as needs
    from ingroeiquotum.law import parameters as parameters
    from ingroeiquotum.law import readings as readings
    from ingroeiquotum.law import rules as rules
    from ingroeiquotum.law.bw2 import quota as quota
    from ingroeiquotum.law.bw2 import scope as scope
    from ingroeiquotum.law.bw2 import targets as targets
    from ingroeiquotum.law.eu import disclosures as disclosures
    from ingroeiquotum.law.findings import Finding as Finding
    from ingroeiquotum.law.findings import Verdict as Verdict
    from ingroeiquotum.model import company as company
    from ingroeiquotum.model import composition as composition
    from ingroeiquotum.model import gender as gender
    from ingroeiquotum.model import organs as organs
    from ingroeiquotum.model import plan as plan
    from ingroeiquotum.model import progress as progress
    from ingroeiquotum.model.company import Company as Company
    from ingroeiquotum.model.composition import Composition as Composition
    from ingroeiquotum.model.gender import Gender as Gender
    from ingroeiquotum.model.organs import Organ as Organ
    from ingroeiquotum.planning import projection as projection
    from ingroeiquotum.planning import succession as succession

    __all__ = [
        "Company",
        "Composition",
        "Finding",
        "Gender",
        "IngroeiquotumError",
        "InvalidArgument",
        "Organ",
        "Verdict",
        "__version__",
        "bulk",
        "charts",
        "citations",
        "company",
        "composition",
        "disclosures",
        "display",
        "eu",
        "exceptions",
        "findings",
        "gender",
        "guidance",
        "i18n",
        "io",
        "needs",
        "organs",
        "parameters",
        "plan",
        "population",
        "progress",
        "projection",
        "quota",
        "readings",
        "reporting",
        "rules",
        "samples",
        "scope",
        "serialize",
        "succession",
        "targets",
    ]
else:
    __all__ = sorted(set(_TABLE) - _NOT_STARRED)


def _display_texts() -> Any:
    """The texts objects show themselves with in a notebook: the catalogs, loaded on first use."""
    from ingroeiquotum import i18n

    return i18n


from ingroeiquotum import display as _display  # noqa: E402  (cheap: no catalog, no babel)

_display.use_texts(_display_texts)


def __getattr__(name: str) -> Any:
    if name not in _TABLE:
        msg = f"module 'ingroeiquotum' has no attribute {name!r}"
        raise AttributeError(msg)
    public = _TABLE[name]
    if public is None:
        return importlib.import_module(f"ingroeiquotum.{name}")
    return getattr(importlib.import_module(f"ingroeiquotum.{public}"), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
