"""
A **synthetic** population of large Dutch companies (*grote vennootschappen*), for the demo,
the docs and the benchmarks.

**Every company here is made up.** The names (``SYN-000001`` ...), sizes, sectors and board
compositions are drawn from a seeded pseudo-random generator; no row describes a real company,
and every row carries ``synthetic: True`` so that it cannot be mistaken for real data. Only the
*aggregates* are calibrated on published figures, listed below, so that a report over the
population looks like the real one.

The rows follow ``docs/reference/data-schema.md``: composition rows (``ingroeiquotum.compositions``,
version 1) for the balance-sheet date 31 December of ``year``, and company-year rows
(``ingroeiquotum.company_years``, version 1) for the calendar financial years ``year - 1`` and
``year``. Everything is drawn with :class:`random.Random` and only its ``random()`` method, so
the same seed gives the same rows on every platform, without numpy.

**Calibration targets** (published figures, from the rule book, section 6, and section 2 for
the number of companies). They are financial-year 2024 figures; ``year`` only sets the dates.

* *Companies in scope*: about 5,000 (SER); the default ``companies=5000``.
* *Listed companies*: 82 on Euronext Amsterdam (Female Board Index 2024), so 82 per 5,000
  companies (1.64 %, rounded); all are NVs.
* *Listed companies meeting the quota* (each sex at least ceil(n/3) of the RvC): 73 of 82
  (Female Board Index 2024), so round(listed × 73/82) of them.
* *Share of women in the RvC of listed companies*: 40 % of seats (Female Board Index 2024;
  the 2025 index has 44 %).
* *Share of women in the bestuur of listed companies*: 16 % (Female Board Index 2024; 17 % in
  2025).
* *Share of women in the bestuur (RvB)*: 17.3 % of seats; *all-male boards*: 56 % (SER monitor,
  financial year 2024).
* *Share of women in the RvC*: 26.1 % of seats; *all-male RvCs*: 30.5 % (SER monitor, FY 2024),
  over all companies with an RvC, listed ones included.
* *Share of women in the subtop*: 26.6 % of seats (SER monitor, FY 2023, the latest subtop
  figure in the rule book).
* *Companies that reported to the SER*: 67.3 % (SER monitor, FY 2024), so round(companies ×
  0.673) of them have ``reported: True``.

The figures do not say whether a share of women is one of all seats or the average of the
organs' own shares; the generator is fitted so that both land near the target.

**How counts are drawn.** For an unlisted company's bestuur (or executive directors) and RvC
(or non-executive directors), the size *n* is drawn first; the organ is all-male with a
probability that falls with its size, ``a(n) = min(1, a0 × d ** (n - n0))``; otherwise it has
one woman plus a binomial number of the other ``n - 1`` seats with rate ``r``. This shape is
the library's model (larger boards more often have a woman); its constants are fitted so that
the expected all-male share, share of seats and mean share match the targets:

============================  =====  =====  ====  =====
organ                         a0     d      n0    r
============================  =====  =====  ====  =====
bestuur / executive           0.84   0.75   1     0.02
rvc / non_executive           0.42   0.76   3     0.175
============================  =====  =====  ====  =====

A listed company's RvC (or non-executives) meets the quota or not by an exact draw (73 of 82);
one that meets it has ``ceil(n/3)`` women plus a binomial number of the ``n - 2 ceil(n/3)``
free seats with rate 0.18 (fitted to 40 %); one that does not has one woman fewer than the
minimum. A listed company's bestuur (or executives) has a binomial number of women with rate
0.16. A subtop category of *n* people has a binomial number of women with a
company-level rate drawn uniformly from 26.6 % ± 20 points.

**The library's assumptions** (no source: they shape the data but are not calibrated):

* legal form: listed companies are NVs; 10 % of the unlisted ones are NVs, the rest BVs;
* board model: one-tier for 10 % of listed and 3 % of unlisted companies;
* supervisory organ: every NV and every one-tier board has one; 25 % of the two-tier BVs have
  no RvC;
* bestuur size (unlisted): 1: 22 %, 2: 30 %, 3: 23 %, 4: 13 %, 5: 8 %, 6: 4 %; listed:
  1: 5 %, 2: 30 %, 3: 35 %, 4: 20 %, 5: 10 %;
* RvC size (unlisted): 3: 40 %, 4: 22 %, 5: 18 %, 6: 9 %, 7: 6 %, 8: 3 %, 9: 2 %; listed:
  5: 20 %, 6: 30 %, 7: 25 %, 8: 15 %, 9: 10 %;
* subtop: 1, 2 or 3 categories (40 / 35 / 25 %), named ``subtop:Directie-1`` ..., each of
  5 to 60 people (log-uniform), but not more than an eighth of the employees (at least 5);
* sector, as an SBI division code: 46 wholesale 17 %, 70 head offices and consultancy 10 %,
  47 retail 7 %, 62 IT services 7 %, 10 food 6 %, 28 machinery 6 %, 41 building 6 %,
  64 financial services 6 %, 20 chemicals 5 %, 49 land transport 5 %, 52 warehousing 4 %,
  71 engineering 4 %, 78 employment agencies 4 %, 26 electronics 3 %, 42 civil engineering 3 %,
  86 health care 3 %, 35 energy 2 %, 65 insurance 2 %;
* size: 3 % of the companies are not large (``large: False``): their figures stay within two
  of the limits of art. 2:397 BW (EUR 20 m assets, EUR 40 m turnover, 250 employees) on both
  balance-sheet dates; the others exceed two of the raised limits (EUR 25 m, EUR 50 m, 250) on
  both, so ``large`` agrees with :func:`ingroeiquotum.law.bw2.scope.is_large` on the company-year rows;
  employees are log-distributed from 100 to 10,000, turnover EUR 120,000-600,000 per employee,
  assets 0.4-1.5 times turnover, growth from the prior year 0-9 %;
* targets (``target``, ``target_form`` ``each_sex``, ``target_year`` one to four years on):
  set for an organ by 85 % of the large companies that reported, 35 % of the large ones that
  did not, and 5 % of the others; 1/3 or 3/10 with equal chance; never for a listed company's
  supervisory organ, which has the quota instead (art. 2:166/2:276 BW).

>>> population = generate(20, seed=1)
>>> len(population.company_years)
40
>>> first = population.rows[0]
>>> first["company"], first["organ"] in ("bestuur", "executive"), first["synthetic"]
('SYN-000001', True, True)
>>> len(list(iter_rows(7, seed=1)))
7

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = ["Population", "Row", "generate", "iter_rows"]

import functools
import math
import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from datetime import date
from fractions import Fraction
from itertools import accumulate
from typing import Any, TypeAlias

import attrs

from ingroeiquotum.exceptions import InvalidArgument

Row: TypeAlias = dict[str, Any]
"""One row of the population: a composition row or a company-year row (``docs/reference/data-schema.md``)."""

# --- Calibration targets (published figures; see the module docstring) ---------------------
_COMPANIES = 5000  # SER: about 5,000 companies in scope
_LISTED_PER_5000 = 82  # Female Board Index 2024: 82 listed companies
_LISTED_MEETING = Fraction(73, 82)  # Female Board Index 2024: 73 of 82 meet the quota
_REPORTED = 0.673  # SER monitor FY 2024: 67.3 % reported

# --- The library's assumptions (no source) ---------------------------------------------------
_NOT_LARGE = 0.03
_NV_AMONG_UNLISTED = 0.10
_ONE_TIER_LISTED = 0.10
_ONE_TIER_UNLISTED = 0.03
_BV_WITHOUT_RVC = 0.25
_BESTUUR_SIZES = {1: 0.22, 2: 0.30, 3: 0.23, 4: 0.13, 5: 0.08, 6: 0.04}
_BESTUUR_SIZES_LISTED = {1: 0.05, 2: 0.30, 3: 0.35, 4: 0.20, 5: 0.10}
_RVC_SIZES = {3: 0.40, 4: 0.22, 5: 0.18, 6: 0.09, 7: 0.06, 8: 0.03, 9: 0.02}
_RVC_SIZES_LISTED = {5: 0.20, 6: 0.30, 7: 0.25, 8: 0.15, 9: 0.10}
_SUBTOP_CATEGORIES = {1: 0.40, 2: 0.35, 3: 0.25}
_SECTORS = {
    "46": 0.17, "70": 0.10, "47": 0.07, "62": 0.07, "10": 0.06, "28": 0.06, "41": 0.06,
    "64": 0.06, "20": 0.05, "49": 0.05, "52": 0.04, "71": 0.04, "78": 0.04, "26": 0.03,
    "42": 0.03, "86": 0.03, "35": 0.02, "65": 0.02,
}  # fmt: skip
_TARGET_IF_REPORTED = 0.85
_TARGET_IF_NOT_REPORTED = 0.35
_TARGET_IF_NOT_LARGE = 0.05
_TARGETS = (Fraction(1, 3), Fraction(3, 10))

# --- Fitted constants (see the table in the module docstring) -------------------------------
# all-male probability a(n) = min(1, a0 * d ** (n - n0)); else 1 woman + Binomial(n - 1, r)
_BESTUUR_MODEL = (0.84, 0.75, 1, 0.02)
_RVC_MODEL = (0.42, 0.76, 3, 0.175)
_LISTED_RVC_FREE_SEAT_RATE = 0.18
_LISTED_BESTUUR_WOMEN = 0.16  # Female Board Index 2024: 16 % of the RvB of listed companies
_SUBTOP_WOMEN = 0.266  # SER monitor FY 2023: 26.6 % of the subtop
_SUBTOP_SPREAD = 0.20

# Limits of art. 2:397 lid 1 BW: the raised ones (Stb. 2024, 52) and the older, lower ones.
_LARGE_LIMITS = (25_000_000, 50_000_000, 250)
_SMALL_LIMITS = (20_000_000, 40_000_000, 250)

_POOL_COMPANIES = 1000
"""The number of synthetic companies :func:`iter_rows` cycles through."""
_MAX_COMPANIES = 1_000_000  # 200 times the population in scope; iter_rows streams more


def _table(weights: dict[Any, float]) -> tuple[tuple[Any, ...], tuple[float, ...]]:
    """The keys and the cumulative weights (normalised to end at 1) of a distribution."""
    total = sum(weights.values())
    cumulative = tuple(value / total for value in accumulate(weights.values()))
    return tuple(weights), cumulative


_BESTUUR_TABLE = _table(_BESTUUR_SIZES)
_BESTUUR_LISTED_TABLE = _table(_BESTUUR_SIZES_LISTED)
_RVC_TABLE = _table(_RVC_SIZES)
_RVC_LISTED_TABLE = _table(_RVC_SIZES_LISTED)
_SUBTOP_TABLE = _table(_SUBTOP_CATEGORIES)
_SECTOR_TABLE = _table(_SECTORS)


@attrs.frozen(eq=True, hash=False)
class Population:
    """
    A **synthetic** population of companies: made-up rows for demos, docs and benchmarks.

    ``company_years`` holds two company-year rows per company (the calendar years ``year - 1``
    and ``year``); ``compositions`` holds the composition rows on 31 December of ``year``, in
    company order: the bestuur (or executive directors), the RvC (or non-executive directors)
    if the company has one, and its subtop categories. Both follow ``docs/reference/data-schema.md``
    and every row has ``synthetic: True``. The rows are plain dicts shared with the caller:
    copy one before changing it.

    .. versionadded:: 0.1.0
    """

    company_years: tuple[Row, ...]
    compositions: tuple[Row, ...]
    seed: int
    year: int
    synthetic: bool = True
    """Always ``True``: the companies do not exist."""

    @property
    def rows(self) -> list[Row]:
        """The composition rows as a list, as :func:`ingroeiquotum.bulk.evaluate` takes them."""
        return list(self.compositions)

    @property
    def companies(self) -> int:
        """The number of companies."""
        return len(self.company_years) // 2


def _whole(field: str, value: object, minimum: int | None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(field, value, "must be a whole number")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bound = f"from {minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
        raise InvalidArgument(field, value, f"must be {bound}")
    return value


def _pick(rng: random.Random, table: tuple[tuple[Any, ...], tuple[float, ...]]) -> Any:
    keys, cumulative = table
    return keys[min(bisect(cumulative, rng.random()), len(keys) - 1)]


def _binomial(rng: random.Random, trials: int, rate: float) -> int:
    draw = rng.random
    return sum(1 for _ in range(trials) if draw() < rate)


def _chosen(rng: random.Random, population: int, k: int) -> frozenset[int]:
    """``k`` distinct indices below ``population`` (a partial Fisher-Yates shuffle)."""
    indices = list(range(population))
    for i in range(k):
        j = i + int(rng.random() * (population - i))
        indices[i], indices[j] = indices[j], indices[i]
    return frozenset(indices[:k])


def _board(rng: random.Random, size: int, model: tuple[float, float, int, float]) -> int:
    """The number of women on an unlisted company's board of ``size`` (see the docstring)."""
    first, decay, base, rate = model
    if rng.random() < min(1.0, first * decay ** (size - base)):
        return 0
    return 1 + _binomial(rng, size - 1, rate)


def _listed_supervisory(rng: random.Random, size: int, meets: bool) -> int:
    minimum = math.ceil(size / 3)
    if not meets:
        return minimum - 1
    return minimum + _binomial(rng, size - 2 * minimum, _LISTED_RVC_FREE_SEAT_RATE)


def _exceeded(figures: tuple[int, int, int], limits: tuple[int, int, int]) -> int:
    assets, turnover, employees = figures
    return (assets > limits[0]) + (turnover > limits[1]) + (employees >= limits[2])


def _figures(rng: random.Random, large: bool) -> tuple[tuple[int, int, int], ...]:
    """(total assets, net turnover, employees) for ``year - 1`` and ``year``."""
    employees = 100.0 * 100.0 ** (rng.random() ** 1.6)
    turnover = employees * 120_000.0 * 5.0 ** rng.random()
    assets = turnover * (0.4 + 1.1 * rng.random())
    growth = 1.0 + 0.09 * rng.random()
    scale = 1.0
    while True:
        now = (assets * scale, turnover * scale, employees * scale)
        years = tuple(
            (int(round(a / g, -3)), int(round(t / g, -3)), max(1, round(e / g)))
            for a, t, e, g in ((*now, growth), (*now, 1.0))
        )
        if large and all(_exceeded(fig, _LARGE_LIMITS) >= 2 for fig in years):
            return years
        if not large and all(_exceeded(fig, _SMALL_LIMITS) <= 1 for fig in years):
            return years
        scale *= 1.2 if large else 0.8


_Target: TypeAlias = tuple[Fraction | None, str | None, int | None]
_NO_TARGET: _Target = (None, None, None)


def _target(rng: random.Random, year: int, chance: float) -> _Target:
    """A target (share, form, year) for one organ, set with probability ``chance``."""
    if rng.random() >= chance:
        return _NO_TARGET
    share = _TARGETS[0] if rng.random() < 0.5 else _TARGETS[1]
    return share, "each_sex", year + 1 + int(rng.random() * 4)


def _row(common: Row, organ: str, size: int, women: int, target: _Target) -> Row:
    """A composition row, its columns in the order of ``docs/reference/data-schema.md``."""
    share, form, target_year = target
    return {
        "company": common["company"],
        "organ": organ,
        "date": common["date"],
        "legal_form": common["legal_form"],
        "listed": common["listed"],
        "men": size - women,
        "women": women,
        "other": 0,
        "unknown": 0,
        "sector": common["sector"],
        "employees": common["employees"],
        "large": common["large"],
        "reported": common["reported"],
        "target": share,
        "target_form": form,
        "target_year": target_year,
        "synthetic": True,
    }


def generate(companies: int = _COMPANIES, *, seed: int = 2024, year: int = 2024) -> Population:
    """
    A **synthetic** population of ``companies`` made-up large Dutch companies.

    The same ``seed`` gives the same rows. The distributions, their sources and the library's
    assumptions are in the module docstring; the calibration holds for the default size and
    loosely for smaller ones (there are round(companies × 82/5000) listed companies).

    >>> population = generate(3, seed=7)
    >>> population.companies, population.synthetic
    (3, True)
    >>> sorted({row["date"].isoformat() for row in population.compositions})
    ['2024-12-31']

    Raises:
        InvalidArgument: if ``companies`` is not a whole number from 0 to 1,000,000 (more would
            not fit in memory: :func:`iter_rows` streams any number of rows), ``seed`` is not a
            whole number, or ``year`` is not from 2 to 9999.

    """
    count = _whole("companies", companies, 0, _MAX_COMPANIES)
    _whole("seed", seed, None)
    _whole("year", year, 2, 9999)
    rng = random.Random(seed)
    listed_set = _chosen(rng, count, round(count * _LISTED_PER_5000 / _COMPANIES))
    listed_order = sorted(listed_set)
    meeting = {
        listed_order[i]
        for i in _chosen(rng, len(listed_order), round(len(listed_order) * _LISTED_MEETING))
    }
    reported_set = _chosen(rng, count, round(count * _REPORTED))
    small_set = _chosen(rng, count, round(count * _NOT_LARGE))
    end = date(year, 12, 31)
    company_years: list[Row] = []
    compositions: list[Row] = []
    for index in range(count):
        listed = index in listed_set
        large = index not in small_set
        reported = index in reported_set
        name = f"SYN-{index + 1:06d}"
        legal_form = "NV" if listed or rng.random() < _NV_AMONG_UNLISTED else "BV"
        one_tier = rng.random() < (_ONE_TIER_LISTED if listed else _ONE_TIER_UNLISTED)
        sector: str = _pick(rng, _SECTOR_TABLE)
        figures = _figures(rng, large)
        for offset, (assets, turnover, employees) in zip((1, 0), figures, strict=True):
            company_years.append(
                {
                    "company": name,
                    "financial_year_start": date(year - offset, 1, 1),
                    "financial_year_end": date(year - offset, 12, 31),
                    "legal_form": legal_form,
                    "listed": listed,
                    "board_model": "one_tier" if one_tier else "two_tier",
                    "sector": sector,
                    "total_assets": assets,
                    "net_turnover": turnover,
                    "employees": employees,
                    "synthetic": True,
                }
            )
        if not large:
            chance = _TARGET_IF_NOT_LARGE
        else:
            chance = _TARGET_IF_REPORTED if reported else _TARGET_IF_NOT_REPORTED
        common: Row = {
            "company": name,
            "date": end,
            "legal_form": legal_form,
            "listed": listed,
            "sector": sector,
            "employees": figures[1][2],
            "large": large,
            "reported": reported,
            "synthetic": True,
        }
        size = _pick(rng, _BESTUUR_LISTED_TABLE if listed else _BESTUUR_TABLE)
        if listed:
            women = _binomial(rng, size, _LISTED_BESTUUR_WOMEN)
        else:
            women = _board(rng, size, _BESTUUR_MODEL)
        organ = "executive" if one_tier else "bestuur"
        compositions.append(_row(common, organ, size, women, _target(rng, year, chance)))
        organ = "non_executive" if one_tier else "rvc"
        if listed:
            size = _pick(rng, _RVC_LISTED_TABLE)
            women = _listed_supervisory(rng, size, index in meeting)
            compositions.append(_row(common, organ, size, women, _NO_TARGET))
        elif one_tier or legal_form == "NV" or rng.random() >= _BV_WITHOUT_RVC:
            size = _pick(rng, _RVC_TABLE)
            women = _board(rng, size, _RVC_MODEL)
            compositions.append(_row(common, organ, size, women, _target(rng, year, chance)))
        rate = _SUBTOP_WOMEN + _SUBTOP_SPREAD * (2.0 * rng.random() - 1.0)
        for category in range(1, _pick(rng, _SUBTOP_TABLE) + 1):
            size = min(int(5.0 * 12.0 ** rng.random()), max(5, figures[1][2] // 8))
            women = _binomial(rng, size, rate)
            target = _target(rng, year, chance)
            compositions.append(_row(common, f"subtop:Directie-{category}", size, women, target))
    return Population(tuple(company_years), tuple(compositions), seed, year)


@functools.lru_cache(maxsize=8)
def _pool(seed: int, year: int) -> tuple[tuple[Row, ...], ...]:
    """The composition rows of a synthetic pool, grouped by company, without the name."""
    groups: dict[str, list[Row]] = {}
    for row in generate(_POOL_COMPANIES, seed=seed, year=year).compositions:
        template = dict(row)
        groups.setdefault(template.pop("company"), []).append(template)
    return tuple(tuple(rows) for rows in groups.values())


def _stream(n: int, pool: Sequence[tuple[Row, ...]]) -> Iterator[Row]:
    left = n
    base = 1
    while left:
        for number, templates in enumerate(pool, start=base):
            company = f"SYN-{number:06d}"
            for template in templates:
                if not left:
                    return
                left -= 1
                row = template.copy()
                row["company"] = company
                yield row
        base += len(pool)


def iter_rows(n: int, *, seed: int = 2024, year: int = 2024) -> Iterator[Row]:
    """
    Stream ``n`` **synthetic** composition rows lazily, for benchmarks on many rows.

    The rows come from a pool of 1,000 companies made by :func:`generate` with ``seed`` and
    ``year``, cycled through with fresh company names (``SYN-001001`` follows ``SYN-001000``),
    so the same arguments give the same rows, the first pass equals
    ``generate(1000, seed=seed, year=year).compositions``, and the aggregates match the
    calibration. The last company may be cut short to give exactly ``n`` rows. Each row is
    a new dict.

    >>> rows = iter_rows(1001 * 5, seed=3)
    >>> next(rows)["company"]
    'SYN-000001'
    >>> [row["company"] for row in rows][-1] > "SYN-001000"
    True

    Raises:
        InvalidArgument: if ``n`` is not a whole number of at least 0, ``seed`` is not a whole
            number or ``year`` is not from 2 to 9999 (at once, not on the first row).

    """
    count = _whole("n", n, 0)
    _whole("seed", seed, None)
    _whole("year", year, 2, 9999)
    return _stream(count, _pool(seed, year) if count else ())
