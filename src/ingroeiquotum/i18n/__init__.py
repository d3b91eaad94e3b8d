"""
Messages in Dutch and English (*vertalingen*).

Findings carry a message key and their facts; this module turns them into text. The catalogs
are gettext ``.po`` files in ``ingroeiquotum/locale``, read with babel on first use and kept per
language. Numbers, percentages, amounts and dates are formatted for the locale with babel.

>>> from datetime import date
>>> from ingroeiquotum import quota
>>> from ingroeiquotum.composition import Composition
>>> finding = quota.check_balance(Composition(men=5, women=1), date(2024, 6, 30))
>>> print(render(finding, "en"))
RvC: 1 woman and 5 men, 6 members in all (16.7% women). The quota requires at least 2 of each sex; missing: 1 woman and 0 men. Being unbalanced is not itself sanctioned, but while it lasts an appointment that does not improve the balance is void.
>>> print(render(finding, "nl"))
RvC: 1 vrouw en 5 mannen, samen 6 leden (16,7% vrouwen). Het quotum vraagt ten minste 2 van elk geslacht; er ontbreken: 1 vrouw en 0 mannen. Een onevenwichtige raad is op zich niet strafbaar, maar zolang die duurt is een benoeming die de verhouding niet evenwichtiger maakt nietig.
"""

from __future__ import annotations

__all__ = [
    "LANGUAGES",
    "bestuursverslag",
    "counted",
    "explain",
    "explain_missing",
    "format_value",
    "message",
    "render",
]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingroeiquotum.i18n.disclosure import bestuursverslag
from ingroeiquotum.i18n.messages import (
    LANGUAGES,
    counted,
    explain,
    explain_missing,
    format_value,
    message,
    render,
)
from ingroeiquotum.i18n.messages import (
    _catalog as _catalog,  # the caches, for tests that clear them
)
from ingroeiquotum.i18n.messages import (
    _plural_catalog as _plural_catalog,
)
from ingroeiquotum.i18n.messages import (
    catalog as catalog,
)


def __getattr__(name: str) -> object:
    """The bestuursverslag text, loaded on first use (a command that only judges needs none)."""
    if name == "bestuursverslag":
        from ingroeiquotum.i18n.disclosure import bestuursverslag

        return bestuursverslag
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
