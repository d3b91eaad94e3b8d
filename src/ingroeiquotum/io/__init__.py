"""
Loading and writing the population files (the edge layer): composition rows, company-year rows
and employee records as CSV, JSON or Excel, in the schema of ``docs/reference/data-schema.md``.

Every reader reads in time and memory linear in its input, within :class:`Limits` that a caller
can raise, and checks every row and reports every problem with its line, field and value; with
``on_error="collect"`` the good rows load and the problems come back beside them. Values come
back typed: dates as :class:`datetime.date`, counts as ``int``, flags as ``bool``, target shares
as :class:`fractions.Fraction`, amounts as :class:`decimal.Decimal`.

>>> from io import StringIO
>>> text = '''company;organ;date;legal_form;listed;men;women;target
... Polder BV;subtop:Directeuren;2025-12-31;B.V.;nee;6;2;30%
... '''
>>> row = read_compositions(StringIO(text), format="csv").rows[0]
>>> row["organ"], row["date"], row["legal_form"], row["listed"], row["other"], row["target"]
('subtop:Directeuren', datetime.date(2025, 12, 31), 'BV', False, 0, Fraction(3, 10))

A bad row is reported with its line (the header is line 1):

>>> read_compositions(StringIO(text.replace(";6;", ";six;")), format="csv")
Traceback (most recent call last):
...
ingroeiquotum.exceptions.LoadError: <stream>: 1 problem:
  row 2, men: must be a whole number of at least 0, got 'six'

Employee records (one per person per position, no names) are counted per organ and date:

>>> from datetime import date
>>> records = [
...     {"company": "Polder BV", "organ": "bestuur", "gender": "v", "start": "2020-01-01"},
...     {"company": "Polder BV", "organ": "bestuur", "gender": "M", "start": "2024-06-01",
...      "end": "2025-03-31"},
... ]
>>> for row in aggregate_employees(records, dates=[date(2024, 12, 31), date(2025, 12, 31)]).rows:
...     print(row["date"], row["men"], row["women"])
2024-12-31 1 1
2025-12-31 0 1

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "SCHEMA_VERSION",
    "Duplicates",
    "Limits",
    "Loaded",
    "OnError",
    "Record",
    "Source",
    "aggregate_employees",
    "read_company_years",
    "read_compositions",
    "read_employees",
    "read_seats",
    "write_compositions",
    "write_results",
]

from typing import TYPE_CHECKING

from ingroeiquotum._tables import Limits, Record
from ingroeiquotum.io import tables as _tables_io
from ingroeiquotum.io.compositions import read_company_years, read_compositions, write_compositions
from ingroeiquotum.io.employees import aggregate_employees, read_employees

if TYPE_CHECKING:
    from ingroeiquotum.io.results import write_results
    from ingroeiquotum.io.seats import read_seats
from ingroeiquotum.io.tables import Loaded

# The public names of the schema layer, with their documentation here, where the reference
# reads it.
SCHEMA_VERSION = _tables_io.SCHEMA_VERSION
"""
The schema version these readers read and the writers write: the ``schema_version`` of the
JSON envelope ``{"schema": ..., "schema_version": "1.0", "rows": [...]}``, the one envelope of
every document. A file in the first envelope (``"version": 1``) still reads.

.. versionchanged:: 0.2.0
   ``"1.0"``, as every document's ``schema_version`` (it was the integer ``1``).
"""

Source = _tables_io.Source
"""
What a reader takes: a path, a text or binary file object, a pandas or polars DataFrame, or
(for JSON) the parsed document.
"""

OnError = _tables_io.OnError
"""What a reader does with bad rows: raise one :class:`LoadError` listing all, or collect them."""

Duplicates = _tables_io.Duplicates
"""
What a reader does with a second row for the same key: ``"refuse"`` it (an error), or keep the
``"first"`` or the ``"last"`` of them (the others listed in ``Loaded.dropped``).
"""


_LAZY = {"read_seats": "ingroeiquotum.io.seats", "write_results": "ingroeiquotum.io.results"}


def __getattr__(name: str) -> object:
    """The seats' reader and the results' writer, loaded on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
