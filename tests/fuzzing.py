"""
Helpers for the property-based robustness tests (``properties/test_fuzz.py``,
``properties/test_roundtrip.py``): the Hypothesis profile in use, a counter of generated cases,
strategies of junk values, and the check that an escaping exception is the library's own and
names its field and value.

The profile is chosen by the environment variable ``INGROEIQUOTUM_HYPOTHESIS``: ``ci`` (the
default, a few examples per test, run every time) or ``thorough`` (the opt-in run of more than
100,000 generated cases; see ``docs/explanation/reliability.md``).
"""

from __future__ import annotations

import collections
import functools
import math
import os
import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st

from ingroeiquotum.exceptions import (
    IngroeiquotumError,
    InvalidArgument,
    LoadError,
    NoRuleInForce,
    describe_value,
)

try:  # the frames extra: numpy and pandas scalars as data users have them
    import numpy as np
    import pandas as pd
except ImportError:  # pragma: no cover (the suite runs with the extra installed)
    np = pd = None
from ingroeiquotum.gender import Gender
from ingroeiquotum.organs import OrganKind

PROFILES = ("ci", "thorough")
"""The Hypothesis profiles registered in ``conftest.py``."""

FUZZ_EXAMPLES = {"ci": 12, "thorough": 1000}
"""Examples per fuzz case (one public callable): a few in CI, many in the thorough run."""


def profile() -> str:
    """The profile asked for: ``INGROEIQUOTUM_HYPOTHESIS`` (or ``HYPOTHESIS_PROFILE``), else ci."""
    name = os.environ.get("INGROEIQUOTUM_HYPOTHESIS") or os.environ.get("HYPOTHESIS_PROFILE")
    if name in (None, "", "default"):
        return "ci"
    return name


def fuzz_examples() -> int:
    """How many examples each fuzz case runs under the current profile."""
    return FUZZ_EXAMPLES.get(profile(), FUZZ_EXAMPLES["ci"])


# -- counting generated cases --------------------------------------------------------------------

CASES: collections.Counter[str] = collections.Counter()
"""Generated cases run so far in this session, per test (function name, without parameters)."""
_LOCK = threading.Lock()


def counted(test):
    """Count every example Hypothesis runs through ``test`` (apply beneath ``@given``)."""
    name = f"{test.__module__}::{test.__name__}"

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        with _LOCK:
            CASES[name] += 1
        return test(*args, **kwargs)

    return wrapper


# -- junk -----------------------------------------------------------------------------------------

ODD_TEXTS = (
    "",
    " ",
    "\t",
    "\u00a0",
    "\ufeff",
    "\ufeffcompany",
    "\u200b",
    "\x00",
    "\ud800",
    "man\x00",
    " MAN ",
    "Woman",
    "ｍａｎ",
    "vrouw",
    "X",
    "rvc",
    "RVC\n",
    "subtop:",
    "subtop: ",
    "subtop:\u200b",
    "subtop:Directeuren",
    "non-executive",
    "NV",
    "n.v.",
    "B.V.",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "1e309",
    "1e-400",
    "-0",
    "0x10",
    "١٢",
    "²",
    "Ⅻ",
    "1_000",
    "1,5",
    "30%",
    "-30%",
    "%",
    "1/0",
    "0/0",
    "1/3",
    "120%",
    "2024-02-30",
    "2024-1-1",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "2024-12-31T00:00",
    "true",
    "ja",
    "nee",
    "None",
    "null",
    "[]",
    "{}",
    "\u202eevil",
    "é",
    "e\u0301",
    "💥",
    "a" * 300,
    "1e-9999999",
    "1e9999999",
    "-1e-999999",
    "1e-999999%",
    "0E-999999",
    "1/" + "3" * 60,
    "9" * 5000,
    "x" * 5000,
)
"""
Strings that trip parsers: blanks, BOMs, lone surrogates, look-alike digits, edge dates, huge
and tiny exponents (a few characters that would take minutes to expand), 5,000 digits and a
5 kB field.
"""

odd_texts = st.one_of(
    st.sampled_from(ODD_TEXTS),
    st.text(max_size=12),
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=2),
)
"""Odd Unicode strings, empty strings and strings that look like numbers or dates."""

odd_numbers = st.one_of(
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**63 + 2),
    st.sampled_from([0, -1, 1, 10**12, 10**100, -(10**100), 10**400]),
    st.floats(),
    st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 1e-320, 1e308, 0.1, 2.5]),
    st.decimals(),
    st.sampled_from([Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-0"),
                     Decimal("1E+999999"), Decimal("1E-999999"), Decimal("1E-9999999"),
                     Decimal("0E-999999"), Decimal("9" * 5000), Decimal("1." + "3" * 5000)]),
    st.fractions(),
    st.complex_numbers(max_magnitude=10),
)  # fmt: skip
"""
Numbers of every kind: huge, negative, NaN, infinite, exotic (complex, Decimal sNaN), huge and
tiny exponents, numbers of 5,000 digits (see :data:`huge_numbers`).
"""

HUGE_NUMBERS = {
    "10**4300": lambda: 10**4300,
    "10**5000": lambda: 10**5000,
    "-10**5000": lambda: -(10**5000),
    "10**7": lambda: 10**7,
    "10**7 + 1": lambda: 10**7 + 1,
    "10**15": lambda: 10**15,
    "10**15 + 1": lambda: 10**15 + 1,
    "Fraction(10**5000, 3)": lambda: Fraction(10**5000, 3),
    "Fraction(1, 10**5000)": lambda: Fraction(1, 10**5000),
    "2**100000": lambda: 1 << 100_000,
}
"""
Integers past the digits ``repr`` will write (4,300), and at and past the library's limits, by
name: Hypothesis builds them (it cannot write a strategy holding one, or report one either).
"""

huge_numbers = st.one_of(
    st.sampled_from(sorted(HUGE_NUMBERS)).map(lambda name: HUGE_NUMBERS[name]()),
    st.integers(4300, 6000).map(lambda digits: 10**digits - 1),
)
"""Huge numbers: building an error message about one must never fail."""


def _frame_scalars() -> tuple[object, ...]:
    if np is None or pd is None:  # pragma: no cover
        return ()
    return (
        np.int64(3), np.int64(-1), np.int32(7), np.uint8(2), np.int64(10**12), np.float64(2.0),
        np.float64("nan"), np.bool_(True), np.bool_(False), np.str_("rvc"),
        np.datetime64("2024-12-31"), np.datetime64("2024-12-31T00:00:00.000000000"),
        np.datetime64("2024-12-31T08:30"), np.datetime64("NaT"), np.datetime64("99999-01-01"),
        pd.Timestamp("2024-12-31"), pd.Timestamp("2025-01-01 09:00"),
        pd.Timestamp("2024-12-31", tz="Europe/Amsterdam"), pd.NaT, pd.NA,
    )  # fmt: skip


FRAME_SCALARS = _frame_scalars()
"""Numpy and pandas scalars as a frame gives them: counts, dates, and missing values."""

frame_scalars = st.sampled_from(FRAME_SCALARS) if FRAME_SCALARS else st.nothing()
"""One numpy or pandas scalar (none without the frames extra)."""

frame_counts = (
    st.integers(0, 40).map(np.int64) | st.sampled_from([np.int32(3), np.uint16(5), pd.NA])
    if np is not None and pd is not None
    else st.nothing()
)
"""Counts as a frame gives them: numpy integers, and ``pd.NA`` for a gap."""

frame_dates = (
    st.dates(date(2015, 1, 1), date(2035, 12, 31)).flatmap(
        lambda day: st.sampled_from([
            pd.Timestamp(day), np.datetime64(day), datetime(day.year, day.month, day.day),
            pd.Timestamp(day) + pd.Timedelta(hours=9), pd.NaT,
        ])
    )
    if np is not None and pd is not None
    else st.nothing()
)  # fmt: skip
"""Dates as a frame gives them: Timestamps, datetime64 and datetimes (mostly at midnight)."""

odd_dates = st.one_of(
    st.dates(),
    st.sampled_from([date.min, date.max, date(2021, 12, 31), date(2022, 1, 1), date(2030, 1, 1)]),
    st.datetimes(),
    st.datetimes(timezones=st.just(UTC)),
    st.sampled_from([datetime.min, datetime.max]),
    st.times(),
    st.timedeltas(),
)
"""Dates from year 1 to 9999, datetimes, times and timedeltas."""

library_values = st.sampled_from(
    [*Gender, *OrganKind, NotImplemented, Ellipsis, object(), type, len]
)
"""Enum members of the library and other objects no argument expects."""

scalars = st.one_of(
    st.none(),
    st.booleans(),
    odd_numbers,
    huge_numbers,
    frame_scalars,
    odd_texts,
    odd_dates,
    st.binary(max_size=8),
    st.builds(bytearray, st.binary(max_size=4)),
    library_values,
)
"""One junk value that is not a container."""

junk = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.tuples(children, children),
        st.dictionaries(st.one_of(odd_texts, st.integers()), children, max_size=3),
        st.frozensets(st.integers(), max_size=3),
        st.iterables(children, max_size=3),
    ),
    max_leaves=5,
)
"""Any junk value: a scalar, or a list, tuple, dict, set or one-shot iterator of junk."""


def junk_or(strategy):
    """``strategy`` most of the time, sometimes junk (so that near-valid values dominate)."""
    return st.one_of(strategy, strategy, junk)


# -- the check ------------------------------------------------------------------------------------


def check_error(error: BaseException) -> None:
    """
    ``error`` is the library's own and says what is wrong: an :class:`InvalidArgument` names a
    field (a non-empty string) and its value in its message; a :class:`LoadError` lists at
    least one problem, each naming its field; a :class:`NoRuleInForce` its key and date. The
    message builds whatever the value (a huge number is described, never written out) and is
    bounded: a value is shown by ``describe_value``, a LoadError lists its first 20 problems.
    """
    assert isinstance(error, IngroeiquotumError), type(error)
    text = str(error)
    if isinstance(error, LoadError):
        assert error.errors, text
        for index, problem in enumerate(error.errors):
            assert isinstance(problem.field, str), problem
            assert problem.field, problem
            if index < 20:
                assert str(problem) in text
    elif isinstance(error, InvalidArgument):
        assert isinstance(error.field, str), error.field
        assert error.field, text
        assert text.startswith(f"{error.field[:200]}"), text
        assert text.endswith(f", got {describe_value(error.value)}"), text
        assert len(text) < 2_000, len(text)
    else:
        assert isinstance(error, NoRuleInForce), type(error)
        assert error.key in text


REFUSED = object()
"""What :func:`attempt` returns when the call raised the library's own exception."""


def attempt(function, *args, **kwargs):
    """
    ``function(*args, **kwargs)``, or :data:`REFUSED` if it raised the library's own exception
    (checked by :func:`check_error`). Any other exception escapes and fails the test.
    """
    try:
        return function(*args, **kwargs)
    except IngroeiquotumError as error:
        check_error(error)
        return REFUSED


__all__ = [
    "CASES",
    "FUZZ_EXAMPLES",
    "PROFILES",
    "REFUSED",
    "attempt",
    "check_error",
    "counted",
    "frame_counts",
    "frame_dates",
    "frame_scalars",
    "fuzz_examples",
    "huge_numbers",
    "junk",
    "junk_or",
    "odd_dates",
    "odd_numbers",
    "odd_texts",
    "profile",
    "scalars",
]
