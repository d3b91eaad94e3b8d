"""
Objects that show themselves in a notebook (*weergave*): HTML tables and short reprs.

Jupyter shows an object by calling its ``_repr_html_``; the library's results (a
:class:`~ingroeiquotum.findings.Finding` and the tuples of findings the rules return, the SER
report, EU evaluations, meeting results, succession plans, aggregates, loaded sources and
:class:`~ingroeiquotum.exceptions.LoadError`) call the functions of this module. Every text
taken from the object is escaped (:func:`html.escape`), every cell is cut to
:data:`CELL_LIMIT` characters and every table to :data:`SHOWN_ROWS` rows, so what a notebook
shows stays short whatever the number of rows.

**The language.** The texts come from the package's catalogs in the display language: English
unless :func:`set_locale` chose another, for everything shown afterwards; :func:`html` shows one
object in a language of its own.

>>> from datetime import date
>>> from ingroeiquotum import quota
>>> from ingroeiquotum.composition import Composition
>>> finding = quota.check_balance(Composition(men=5, women=1), date(2024, 6, 30))
>>> "not compliant" in finding._repr_html_()
True
>>> "voldoet niet" in html(finding, "nl")
True

**The layers.** This module is in the lowest layer, so that :mod:`ingroeiquotum.exceptions`
and the law's result classes may call it; it knows none of their classes (it reads their
attributes) and it imports no catalog. The package's ``__init__`` hands it, with
:func:`use_texts`, a function that loads :mod:`ingroeiquotum.i18n` on the first display.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__ = [
    "CELL_LIMIT",
    "SHOWN_ROWS",
    "Table",
    "Texts",
    "get_locale",
    "html",
    "set_locale",
    "short",
    "use_texts",
]

from ingroeiquotum.display._html import Table
from ingroeiquotum.display._text import (
    CELL_LIMIT,
    SHOWN_ROWS,
    Texts,
    get_locale,
    html,
    set_locale,
    short,
    use_texts,
)
