"""
The vectorised bulk path for a pandas or polars frame, eager or lazy.

:func:`evaluate_frame` dispatches on the kind of frame: pandas to
:mod:`~ingroeiquotum.bulk._frame_pandas` (numpy underneath), polars to
:mod:`~ingroeiquotum.bulk._frame_polars` (one lazy plan of native expressions). Both decide
with the arithmetic of :mod:`~ingroeiquotum.bulk._frame_kernel`, which mirrors the quota's one
kernel and takes the organs and the days from the law.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from ingroeiquotum.bulk import _frame_pandas, _frame_polars
from ingroeiquotum.bulk._frame_kernel import ARTICLES, VERDICTS
from ingroeiquotum.exceptions import InvalidArgument

__all__ = ["ARTICLES", "VERDICTS", "evaluate_frame"]


def evaluate_frame(frame: Any) -> Any:
    """
    The quota for every row of a pandas or polars frame of compositions, vectorised.

    The frame has the columns of :func:`evaluate`'s rows (``other`` and ``unknown`` optional,
    added as 0 where absent, an empty cell in them read as 0); the result is the same kind of
    frame, every column kept as it was, with :data:`QUOTA_COLUMNS` added:

    - ``quota_verdict``: categorical with the categories :data:`VERDICTS` (pandas
      ``Categorical``, polars ``Enum``);
    - ``minimum_per_sex``, ``women_missing``, ``men_missing``: whole numbers, empty where the
      quota does not apply (pandas nullable ``Int64`` with ``<NA>``, polars ``Int64`` with null);
    - ``article``: categorical with the categories :data:`ARTICLES`.

    The verdicts, numbers and articles equal those of :func:`evaluate` row for row.

    A polars ``LazyFrame`` gives a ``LazyFrame``: nothing is read or computed until it is
    collected (``collect``, ``collect(engine="streaming")``, ``sink_parquet``), so a file larger
    than memory streams through. Its rows are checked when the plan runs, and a bad row raises
    :class:`InvalidArgument` from ``collect`` then. A ``pyarrow.Table`` is evaluated through
    polars and given back as a ``pyarrow.Table``.

    Accepted columns: ``date`` as dates (``datetime.date`` objects, pyarrow ``date32``, polars
    ``Date``) or as times at midnight without a time zone (pandas ``datetime64`` of any unit,
    polars ``Datetime``); ``company``, ``organ`` and ``legal_form`` as text (also pandas
    ``category`` or pyarrow strings, polars ``Categorical`` or ``Enum``); counts of any integer
    type (also pandas ``Int64``); ``listed`` boolean.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({
    ...     "company": ["A", "A"], "organ": ["rvc", "bestuur"],
    ...     "date": pd.to_datetime(["2025-12-31", "2025-12-31"]),
    ...     "legal_form": ["NV", "NV"], "listed": [True, True], "men": [5, 3], "women": [1, 0],
    ... })
    >>> result = evaluate_frame(frame)
    >>> result[["organ", "quota_verdict", "minimum_per_sex", "women_missing"]]
         organ  quota_verdict  minimum_per_sex  women_missing
    0      rvc  not_compliant                2              1
    1  bestuur  not_applicable            <NA>           <NA>
    >>> str(result["minimum_per_sex"].dtype), str(result["quota_verdict"].dtype)
    ('Int64', 'category')

    ``organ`` and ``legal_form`` are read as :func:`evaluate` reads them, through
    :meth:`Organ.parse` and :meth:`LegalForm.parse`: any word of their vocabularies
    (``organs.WORDS``, ``company.LEGAL_FORMS``: ``RvC``, ``Raad van commissarissen``, ``NED``,
    ``Subtop - Directie``, ``N.V.``), in any case, each distinct value parsed once (for a
    ``LazyFrame``, once in each batch, inside the plan); the columns are kept as written.

    >>> words = frame.assign(organ=["Raad van Commissarissen", "RvB"], legal_form="N.V.")
    >>> evaluate_frame(words)[["organ", "quota_verdict"]]
                         organ  quota_verdict
    0  Raad van Commissarissen  not_compliant
    1                      RvB  not_applicable

    Raises:
        InvalidArgument: when the frame is not a pandas or polars frame, has a column twice
            (naming it) or lacks one, a column has the wrong type (text or numbers in
            ``date``, fractions in a count, a time zone) or empty values, a date has a time of
            day, counts are negative or above 10,000,000, or an organ or legal form is one that
            :meth:`Organ.parse` or :meth:`LegalForm.parse` refuses (naming the values as written
            and the parser's reason).
            For a ``LazyFrame`` the checks of the values run when it is collected.
    """
    pandas = sys.modules.get("pandas")
    if pandas is not None and isinstance(frame, pandas.DataFrame):
        _refuse_twice(frame.columns)
        return _frame_pandas.evaluate(frame)
    polars = sys.modules.get("polars")
    if polars is not None and isinstance(frame, polars.DataFrame | polars.LazyFrame):
        return _frame_polars.evaluate(frame)
    pyarrow = sys.modules.get("pyarrow")
    if pyarrow is not None and isinstance(frame, pyarrow.Table):
        _refuse_twice(frame.column_names)
        try:
            polars = importlib.import_module("polars")
        except ImportError:  # pragma: no cover - exercised without polars
            raise InvalidArgument(
                "frame", "pyarrow.Table", "needs polars to be evaluated (pip install polars)"
            ) from None
        return _frame_polars.evaluate(polars.from_arrow(frame)).to_arrow()
    raise InvalidArgument(
        "frame",
        type(frame).__name__,
        "must be a pandas DataFrame, a polars DataFrame or LazyFrame, or a pyarrow Table",
    )


def _refuse_twice(columns: Any) -> None:
    """Refuse a frame with a column name twice (pandas and pyarrow allow it), naming it."""
    names = [str(name) for name in columns]
    if len(set(names)) < len(names):
        twice = sorted({name for name in names if names.count(name) > 1})
        raise InvalidArgument("frame", twice, "has these columns more than once")
