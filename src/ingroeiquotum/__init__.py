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
    "eu",
    "exceptions",
    "findings",
    "gender",
    "guidance",
    "i18n",
    "io",
    "organs",
    "parameters",
    "plan",
    "population",
    "progress",
    "projection",
    "quota",
    "readings",
    "reporting",
    "samples",
    "scope",
    "serialize",
    "succession",
    "targets",
]

_SUBMODULES = frozenset(
    {
        "bulk",
        "charts",
        "citations",
        "cli",
        "company",
        "composition",
        "eu",
        "exceptions",
        "findings",
        "gender",
        "guidance",
        "i18n",
        "io",
        "organs",
        "parameters",
        "plan",
        "population",
        "progress",
        "projection",
        "quota",
        "readings",
        "reporting",
        "samples",
        "scope",
        "serialize",
        "succession",
        "targets",
    }
)
_NAMES = {
    "Company": "company",
    "Composition": "composition",
    "Finding": "findings",
    "Gender": "gender",
    "IngroeiquotumError": "exceptions",
    "InvalidArgument": "exceptions",
    "Organ": "organs",
    "Verdict": "findings",
}

if TYPE_CHECKING:
    from ingroeiquotum import bulk, charts, exceptions, guidance, i18n, io, population, samples
    from ingroeiquotum._version import __version__
    from ingroeiquotum.exceptions import IngroeiquotumError, InvalidArgument
    from ingroeiquotum.law import citations, eu, findings, parameters, readings
    from ingroeiquotum.law.bw2 import quota, reporting, scope, targets
    from ingroeiquotum.law.findings import Finding, Verdict
    from ingroeiquotum.model import company, composition, gender, organs, plan
    from ingroeiquotum.model.company import Company
    from ingroeiquotum.model.composition import Composition
    from ingroeiquotum.model.gender import Gender
    from ingroeiquotum.model.organs import Organ
    from ingroeiquotum.planning import progress, projection, succession


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"ingroeiquotum.{name}")
    if name in _NAMES:
        return getattr(importlib.import_module(f"ingroeiquotum.{_NAMES[name]}"), name)
    if name == "__version__":
        from ingroeiquotum._version import __version__

        return __version__
    msg = f"module 'ingroeiquotum' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
