"""
The frame path for pandas: the columns read as numpy arrays, checked, decided by the shared
kernel, and written back as nullable ``Int64`` counts and categorical verdicts and articles.
"""

from __future__ import annotations

import importlib
from datetime import date, datetime
from typing import Any

from ingroeiquotum.bulk import _frame_kernel as kernel
from ingroeiquotum.bulk._rows import _COUNTS, _REQUIRED
from ingroeiquotum.exceptions import InvalidArgument


def evaluate(frame: Any) -> Any:
    """:func:`ingroeiquotum.bulk.evaluate_frame` for a pandas DataFrame."""
    np: Any = importlib.import_module("numpy")
    pd: Any = importlib.import_module("pandas")
    missing = [column for column in _REQUIRED if column not in frame.columns]
    if missing:
        raise InvalidArgument("frame", missing, "is missing these columns")
    size = len(frame)
    filled: dict[str, Any] = {}
    counts = {}
    for column in _COUNTS:
        if column in frame.columns:
            values, had_nulls = _counts(np, pd, frame[column], column)
            if had_nulls:
                filled[column] = values
        else:
            values = filled[column] = np.zeros(size, dtype=np.int64)
        counts[column] = values
    listed = _flag(np, pd, frame["listed"])
    days = _days(np, pd, frame["date"])
    organ_codes, organs, present = _text(np, pd, frame["organ"], "organ")
    # each distinct organ read once, through the one parser (the words of organs.WORDS)
    names = kernel.read("organ", organs)
    _refuse("organ", [value for value in present if names[value] is None])
    forms = _legal_forms(np, pd, frame["legal_form"])
    _company(pd, frame["company"])
    in_force = np.zeros(size, dtype=bool)
    for start, end in kernel.periods():
        term = days >= np.datetime64(start, "D")
        if end is not None:
            term &= days < np.datetime64(end, "D")
        in_force |= term
    supervisory = np.array([names[value] in kernel.SUPERVISORY for value in organs], dtype=bool)
    non_executive = np.array([names[value] == kernel.NON_EXECUTIVE for value in organs], dtype=bool)
    if not kernel.bv_reached():  # the reading quota.listed_bv switched: the NV only
        listed = listed & (frame["legal_form"].map(forms).to_numpy() == "NV")
    listed_in_force = listed & in_force
    applies = listed_in_force & supervisory[organ_codes]
    minimum, men_missing, women_missing = kernel.shortfall(
        counts["men"],
        counts["women"],
        counts["other"] if kernel.counts_other() else 0,
        counts["unknown"],
        lambda values: np.maximum(values, 0),
    )
    codes = tuple(np.int8(code) for code in range(4))
    verdicts = kernel.verdict(
        men_missing, women_missing, counts["unknown"], applies, np.where, codes
    )
    articles = kernel.article(
        applies, non_executive[organ_codes], listed_in_force, np.where, codes[:3]
    )
    not_applied = ~applies
    columns = {
        **filled,
        "quota_verdict": pd.Categorical.from_codes(
            verdicts, dtype=pd.CategoricalDtype(kernel.VERDICTS)
        ),
        "minimum_per_sex": pd.arrays.IntegerArray(minimum, not_applied),
        "women_missing": pd.arrays.IntegerArray(women_missing, not_applied.copy()),
        "men_missing": pd.arrays.IntegerArray(men_missing, not_applied.copy()),
        "article": pd.Categorical.from_codes(articles, dtype=pd.CategoricalDtype(kernel.ARTICLES)),
    }
    # Each new column as a Series of its own: assign() would copy a bare array once more.
    return frame.assign(
        **{
            name: pd.Series(values, index=frame.index, copy=False)
            for name, values in columns.items()
        }
    )


def _nulls(series: Any, column: str) -> None:
    nulls = int(series.isna().sum())
    if nulls:
        raise InvalidArgument(column, None, f"has {nulls} empty value(s)")


def _counts(np: Any, pd: Any, series: Any, column: str) -> tuple[Any, bool]:
    """A count column as int64 values (nulls of ``other``/``unknown`` as 0) and had it nulls."""
    dtype = series.dtype
    if not pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_bool_dtype(dtype):
        raise InvalidArgument(
            column, str(dtype), "must be a column of whole numbers (an integer type)"
        )
    nulls = bool(series.hasnans)
    if nulls and column in ("men", "women"):
        _nulls(series, column)
    values = series.to_numpy(dtype=np.int64, na_value=0) if nulls else series.to_numpy()
    if len(values):
        low, high = values.min(), values.max()
        if low < 0:
            negative = int((values < 0).sum())
            raise InvalidArgument(column, "< 0", f"{negative} row(s) have a negative count")
        if high > kernel.MAX_COUNT:
            above = int((values > kernel.MAX_COUNT).sum())
            raise InvalidArgument(
                column, f"> {kernel.MAX_COUNT}", f"{above} row(s) have a count above the limit"
            )
    return values.astype(np.int64, copy=False), nulls


def _flag(np: Any, pd: Any, series: Any) -> Any:
    if not pd.api.types.is_bool_dtype(series.dtype):
        raise InvalidArgument("listed", str(series.dtype), "must be a boolean column")
    if series.hasnans:
        _nulls(series, "listed")
    return series.to_numpy(dtype=bool)


def _days(np: Any, pd: Any, series: Any) -> Any:
    """
    The dates as ``datetime64`` at midnight: from ``datetime64`` (any unit, no time zone, midnight
    only), pyarrow dates, or ``datetime.date`` objects; anything else is refused.
    """
    dtype = series.dtype
    if isinstance(dtype, pd.ArrowDtype):
        pa: Any = importlib.import_module("pyarrow")

        kind = dtype.pyarrow_dtype
        if pa.types.is_date(kind):
            if series.hasnans:
                _nulls(series, "date")
            return series.to_numpy(dtype="datetime64[D]")
        if pa.types.is_timestamp(kind) and kind.tz is None:
            series = series.astype(f"datetime64[{kind.unit}]")
            dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        raise InvalidArgument(
            "date",
            str(dtype),
            f"must be a column of dates without a time zone ({kernel.DATE_HINT})",
        )
    if dtype.kind == "M":
        if series.hasnans:
            _nulls(series, "date")
        values = series.to_numpy()
        unit = np.datetime_data(values.dtype)[0]
        ticks = np.timedelta64(1, "D") // np.timedelta64(1, unit)
        timed = values.view(np.int64) % ticks != 0
        if timed.any():
            first = pd.Timestamp(values[timed.argmax()])
            raise InvalidArgument(
                "date",
                first,
                f"must hold dates at midnight, not a time of day ({kernel.DATE_HINT})",
            )
        return values  # compared with the periods' days as they are, in their own unit
    if dtype.kind == "O":
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        if len(codes) and codes.min() < 0:
            _nulls(series, "date")
        plain = []
        for value in uniques:
            if isinstance(value, datetime):
                if value.time() != datetime.min.time() or value.tzinfo is not None:
                    raise InvalidArgument(
                        "date", value, f"must hold dates at midnight ({kernel.DATE_HINT})"
                    )
                value = value.date()
            elif type(value) is not date:
                names = sorted({type(value).__name__ for value in uniques} - {"date"})
                raise InvalidArgument("date", names, f"must hold dates only ({kernel.DATE_HINT})")
            plain.append(value)
        return np.array(plain, dtype="datetime64[D]")[codes]
    raise InvalidArgument(
        "date", str(dtype), f"must be a column of dates, not text or numbers ({kernel.DATE_HINT})"
    )


def _is_text(pd: Any, dtype: Any) -> bool:
    if isinstance(dtype, pd.ArrowDtype):
        pa: Any = importlib.import_module("pyarrow")

        kind = dtype.pyarrow_dtype
        if pa.types.is_dictionary(kind):
            kind = kind.value_type
        return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))
    return bool(dtype.kind == "O" or isinstance(dtype, pd.StringDtype | pd.CategoricalDtype))


def _text(np: Any, pd: Any, series: Any, column: str) -> tuple[Any, list[object], list[object]]:
    """
    A text column as codes into its distinct values (category codes where it has them), those
    values, and the ones the rows use.
    """
    dtype = series.dtype
    if not _is_text(pd, dtype):
        raise InvalidArgument(column, str(dtype), "must be a column of text")
    if isinstance(dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy()
        uniques = list(dtype.categories)
        # only the categories in use are checked: an unused one says nothing about the rows
        used = np.bincount(codes[codes >= 0], minlength=len(uniques)) > 0
        present = [value for value, keep in zip(uniques, used, strict=True) if keep]
    else:
        codes, found = pd.factorize(series, use_na_sentinel=True)
        uniques = present = list(found)
    if len(codes) and codes.min() < 0:
        _nulls(series, column)
    strange = sorted({type(value).__name__ for value in present if not isinstance(value, str)})
    if strange:
        raise InvalidArgument(column, strange, "must be a column of text")
    return codes, uniques, present


def _legal_forms(np: Any, pd: Any, series: Any) -> dict[object, str | None]:
    """
    Refuse a legal form that :func:`bulk.evaluate` refuses: each distinct value read once by
    :meth:`LegalForm.parse` (the words of ``company.LEGAL_FORMS``: ``N.V.``, ``bv``, ...).
    """
    if not _is_text(pd, series.dtype):
        raise InvalidArgument("legal_form", str(series.dtype), "must be a column of text")
    if series.hasnans:
        _nulls(series, "legal_form")
    if isinstance(series.dtype, pd.CategoricalDtype):
        values = list(series.cat.remove_unused_categories().cat.categories)
    else:
        try:
            values = list(series.unique())
        except TypeError:  # an unhashable value (a list) among the text
            raise InvalidArgument("legal_form", "object", "must be a column of text") from None
    names = kernel.read("legal_form", values)
    _refuse("legal_form", [value for value, name in names.items() if name is None])
    return names


def _refuse(field: kernel.Field, wrong: list[object]) -> None:
    """Refuse the values the field's parser refused, naming the first five and its reason."""
    if wrong:
        raise InvalidArgument(field, *kernel.refused(field, wrong))


def _company(pd: Any, series: Any) -> None:
    if not _is_text(pd, series.dtype):
        raise InvalidArgument("company", str(series.dtype), "must be a column of text")
    if series.hasnans:
        _nulls(series, "company")
