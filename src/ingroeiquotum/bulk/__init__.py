"""
Many companies at once (*bulk*): tidy rows in, tidy rows out.

:func:`evaluate` is the pure-Python path over plain mappings (no dataframe library needed);
:func:`evaluate_frame` is the vectorised path for a pandas or polars frame (a polars
``LazyFrame`` stays lazy). Both decide with the same functions as the single-company API
(:func:`ingroeiquotum.law.bw2.quota.minimum_per_sex`, :func:`ingroeiquotum.law.bw2.quota.classify`, the dated
parameters) and a property test holds them equal. :func:`aggregate` summarises a population
per year the way the SER's yearly Bedrijvenmonitor does, and :func:`aggregate_frame` gives the
same figures for a frame, counted by the frame library (``docs/reference/bulk.md`` lists them).

>>> from datetime import date
>>> rows = [
...     {"company": "A", "organ": "rvc", "date": date(2025, 12, 31), "legal_form": "NV",
...      "listed": True, "men": 5, "women": 1},
...     {"company": "A", "organ": "bestuur", "date": date(2025, 12, 31), "legal_form": "NV",
...      "listed": True, "men": 3, "women": 0},
... ]
>>> for result in evaluate(rows):
...     print(result["organ"], result["verdict"], result["minimum_per_sex"],
...           result["women_missing"], result["article"])
rvc not_compliant 2 1 art. 2:142b lid 2 BW
bestuur not_applicable None None art. 2:142b lid 2 BW
"""

from __future__ import annotations

__all__ = ["QUOTA_COLUMNS", "aggregate", "aggregate_frame", "evaluate", "evaluate_frame"]

from typing import TYPE_CHECKING

from ingroeiquotum.bulk._rows import QUOTA_COLUMNS, evaluate

if TYPE_CHECKING:
    from ingroeiquotum.bulk.frame import evaluate_frame
    from ingroeiquotum.bulk.summary import aggregate
    from ingroeiquotum.bulk.summary_frame import aggregate_frame

_LAZY = {
    "evaluate_frame": "ingroeiquotum.bulk.frame",
    "aggregate": "ingroeiquotum.bulk.summary",
    "aggregate_frame": "ingroeiquotum.bulk.summary_frame",
}


def __getattr__(name: str) -> object:
    """The frame path and the aggregates, loaded on first use (the command line needs neither)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
