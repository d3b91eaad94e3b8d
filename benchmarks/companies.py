"""
Building ``Company`` objects and reports for 5,000 synthetic companies (issue 19).

- ``companies_5k_seconds``: the 5,000 companies of ``population.generate(5000)`` turned into
  :class:`~ingroeiquotum.company.Company` objects (financial years with their size figures,
  one snapshot per composition row), as a user does from the documented rows
  (``docs/reference/data-schema.md``). Baselines in the same run: ``plain_5k_seconds``
  builds the same objects as plain frozen attrs classes with the same fields and no checks or
  conversions, the floor of any validating model (``companies_ratio`` is the time over it);
  ``companies_uncached_5k_seconds`` is this library with its caches disabled
  (``caches_disabled``: each cached function replaced by the function it wraps).
- ``companies_before_5k_seconds``: the same companies built by the library as it was before
  issue 19's work on the model (commit ``REFERENCE``, taken from git into a temporary folder)
  with its caches swapped out, which is the code as it ran before the caches came; and
  ``companies_reference_5k_seconds``, that commit as it shipped (with its caches). Since the
  model's own ``__init__``s now take the usual case without the caches' help, this library
  with its caches swapped out is no longer the code of before: the old code is timed itself.
  Each tree runs in a fresh interpreter by the same steps (``--tree``: the population, its
  companies built once and kept, then the timed builds), this tree too
  (``companies_tree_5k_seconds``), alternating, so that the heaps the collector walks are
  alike; ``companies_speedup`` is the time before over this tree's time (both minima), and
  ``plain_tree_5k_seconds`` the plain objects built in this tree's interpreter (the floor the
  collector leaves: it walks as many objects of each). A build that starts after a full
  collection may end before the collector's next full pass, which its next builds then pay:
  ``*_batch_seconds`` is the time per build of ``repeat`` builds one after another, the
  collector's full share in it (``companies_speedup_batch``, the same ratio of those).
  Without git or that commit the three are ``None``.
- ``reports_5k_seconds``: for each of those companies the report to the SER for its last
  financial year (``reporting.build_report`` with the company's targets from the rows) and the
  Dutch bestuursverslag paragraph (``i18n.bestuursverslag(report, "nl")``). Its baseline,
  ``reports_uncached_5k_seconds``, is the same work with the caches disabled
  (``reports_speedup`` is it over the time with them).

Times are the minimum and the median of ``repeat`` runs (each builds everything anew), and the
minimum processor time (``*_cpu_seconds``), steadier on a shared machine; the ratios are of the
wall-clock minima, and ``*_cpu`` the same ratios of the processor times. Garbage collection
runs as it does for a user, each run starting after a full collection (untimed), so that
whether the collector's full pass falls inside a run does not depend on the runs before it;
``gc_frozen_*`` repeats two timings after ``gc.freeze()`` (the
population and the companies are then never scanned again), to show what the collector costs.

    python benchmarks/companies.py [--repeat N] [--size N]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import attrs

SIZE = 5000


def timed(repeat: int, function: Callable[[], object]) -> tuple[float, float, float]:
    """
    The minimum and the median of ``repeat`` wall-clock timings of ``function()``, and the
    minimum of its processor time (``time.process_time``): on a shared machine the processor
    time is the steadier figure, as waiting for a core does not count in it. Each run starts
    after a full collection (``gc.collect()``, not timed), so that whether the collector's
    full pass falls inside a run depends on what the run allocates, not on the runs before.
    """
    times, processor = [], []
    for _ in range(repeat):
        gc.collect()  # each run from the same state: the collector then runs as it will
        started, cpu = time.perf_counter(), time.process_time()
        function()
        processor.append(time.process_time() - cpu)
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times), min(processor)


def _grouped(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["company"], []).append(row)
    return groups


def build_companies(population: Any) -> list[Any]:
    """The population's companies as ``Company`` objects, the way the data schema reads."""
    from ingroeiquotum.company import Company, FinancialYear, SizeFigures, Snapshot
    from ingroeiquotum.composition import Composition

    compositions = _grouped(population.compositions)
    companies = []
    for name, years in _grouped(population.company_years).items():
        first = years[0]
        companies.append(
            Company(
                name=name,
                legal_form=first["legal_form"],
                listed=first["listed"],
                board_model=first["board_model"],
                sector=first["sector"],
                financial_years=tuple(
                    FinancialYear(
                        year["financial_year_start"],
                        year["financial_year_end"],
                        SizeFigures(year["total_assets"], year["net_turnover"], year["employees"]),
                    )
                    for year in years
                ),
                snapshots=tuple(
                    Snapshot(
                        row["organ"],
                        row["date"],
                        Composition(row["men"], row["women"], row["other"], row["unknown"]),
                    )
                    for row in compositions.get(name, ())
                ),
            )
        )
    return companies


@attrs.frozen
class _PlainFigures:
    total_assets: int
    net_turnover: int
    employees: int


@attrs.frozen
class _PlainYear:
    start: date
    end: date
    figures: _PlainFigures


@attrs.frozen
class _PlainComposition:
    men: int
    women: int
    other: int
    unknown: int


@attrs.frozen
class _PlainSnapshot:
    organ: str
    on: date
    composition: _PlainComposition


@attrs.frozen
class _PlainCompany:
    name: str
    legal_form: str
    listed: bool
    board_model: str
    sector: str
    financial_years: tuple[_PlainYear, ...]
    snapshots: tuple[_PlainSnapshot, ...]


def build_plain(population: Any) -> list[_PlainCompany]:
    """The baseline: the same objects with the same fields, as plain attrs classes."""
    compositions = _grouped(population.compositions)
    companies = []
    for name, years in _grouped(population.company_years).items():
        first = years[0]
        companies.append(
            _PlainCompany(
                name=name,
                legal_form=first["legal_form"],
                listed=first["listed"],
                board_model=first["board_model"],
                sector=first["sector"],
                financial_years=tuple(
                    _PlainYear(
                        year["financial_year_start"],
                        year["financial_year_end"],
                        _PlainFigures(
                            year["total_assets"], year["net_turnover"], year["employees"]
                        ),
                    )
                    for year in years
                ),
                snapshots=tuple(
                    _PlainSnapshot(
                        row["organ"],
                        row["date"],
                        _PlainComposition(row["men"], row["women"], row["other"], row["unknown"]),
                    )
                    for row in compositions.get(name, ())
                ),
            )
        )
    return companies


def targets_by_company(population: Any) -> dict[str, tuple[Any, ...]]:
    """The targets the composition rows name (``target``, ``target_form``, ``target_year``)."""
    from ingroeiquotum.targets import Target

    found: dict[str, list[Any]] = {}
    for row in population.compositions:
        if row["target"] is not None:
            found.setdefault(row["company"], []).append(
                Target(
                    row["organ"], row["target_form"], row["target"], target_year=row["target_year"]
                )
            )
    return {name: tuple(targets) for name, targets in found.items()}


def build_reports(companies: Sequence[Any], targets: dict[str, tuple[Any, ...]]) -> list[str]:
    """The SER report of each company's last year and its Dutch bestuursverslag paragraph."""
    from ingroeiquotum import i18n, reporting

    texts = []
    for company in companies:
        report = reporting.build_report(
            company, company.financial_years[-1].end, targets=targets.get(company.name, ())
        )
        texts.append(i18n.bestuursverslag(report, "nl"))
    return texts


# The caches the library keeps between calls (module, function): each a functools cache.
_CACHES = (
    ("ingroeiquotum._validate", "_named"),
    ("ingroeiquotum.model.organs", "_parsed"),
    ("ingroeiquotum.i18n.messages", "_remembered"),
    ("ingroeiquotum.i18n.messages", "_babel_locale"),
    ("ingroeiquotum.i18n.messages", "_parsed"),
)


@contextlib.contextmanager
def caches_disabled() -> Iterator[None]:
    """
    The library without its caches: each cached function (those of this version) replaced by
    the function it wraps for the length of the block, as it was before the caches came.
    """
    swapped = []
    for module, name in _CACHES:
        holder = importlib.import_module(module)
        cached = getattr(holder, name, None)
        if cached is not None and hasattr(cached, "__wrapped__"):
            swapped.append((holder, name, cached))
            setattr(holder, name, cached.__wrapped__)
    try:
        yield
    finally:
        for holder, name, cached in swapped:
            setattr(holder, name, cached)


def measure(repeat: int = 5, size: int = SIZE) -> dict[str, object]:
    """
    The figures above, each the minimum and the median of ``repeat`` runs; ``size`` companies
    (the keys keep their names; ``--quick`` checks of the script use fewer).
    """
    from ingroeiquotum import population

    people = population.generate(size, seed=7)
    targets = targets_by_company(people)
    companies = build_companies(people)
    assert len(companies) == size == len(build_plain(people))
    build_reports(companies[:20], targets)  # the catalogs and babel's data, loaded once
    figures: dict[str, object] = {}
    cpu: dict[str, float] = {}

    def record(name: str, timing: tuple[float, float, float]) -> float:
        cpu[name] = timing[2]
        figures[f"{name}_seconds"] = round(timing[0], 4)
        figures[f"{name}_median_seconds"] = round(timing[1], 4)
        figures[f"{name}_cpu_seconds"] = round(timing[2], 4)
        return timing[0]

    built = record("companies_5k", timed(repeat, lambda: build_companies(people)))
    plain = record("plain_5k", timed(repeat, lambda: build_plain(people)))
    figures["companies_ratio"] = round(built / plain, 3)
    reports = record("reports_5k", timed(repeat, lambda: build_reports(companies, targets)))
    with caches_disabled():
        uncached = record("companies_uncached_5k", timed(repeat, lambda: build_companies(people)))
        cold = record(
            "reports_uncached_5k",
            timed(repeat, lambda: build_reports(companies, targets)),
        )
    figures["companies_uncached_speedup"] = round(uncached / built, 3)
    figures["reports_speedup"] = round(cold / reports, 3)
    for name, over, under in (
        ("companies_ratio_cpu", "companies_5k", "plain_5k"),
        ("companies_uncached_speedup_cpu", "companies_uncached_5k", "companies_5k"),
        ("reports_speedup_cpu", "reports_uncached_5k", "reports_5k"),
    ):
        figures[name] = round(cpu[over] / cpu[under], 3) if cpu[under] else None
    gc.freeze()  # the population and the companies built so far: never collected again
    try:
        record("gc_frozen_companies_5k", timed(repeat, lambda: build_companies(people)))
        record("gc_frozen_reports_5k", timed(repeat, lambda: build_reports(companies, targets)))
    finally:
        gc.unfreeze()
    figures.update(before_and_after(repeat, size))
    figures["repeat"] = repeat
    figures["size"] = size
    return figures


REFERENCE = "23051f6"
"""The commit of the library before issue 19's work on the model (its caches already in)."""

ROOT = Path(__file__).resolve().parents[1]


def _reference_source(folder: Path) -> Path | None:
    """``src`` of :data:`REFERENCE`, written into ``folder`` from git; ``None`` without it."""
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", REFERENCE, "src"],
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            tar.extractall(folder, filter="data")
        else:  # our own repository's archive
            tar.extractall(folder)
    return folder / "src"


def _tree_timings(source: Path, repeat: int, size: int) -> dict[str, Any]:
    """The timings of :func:`tree` run in a fresh interpreter on the library in ``source``."""
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--tree", str(source),
         "--repeat", str(repeat), "--size", str(size)],
        capture_output=True, text=True, check=True, timeout=1800,
        env={**os.environ, "PYTHONPATH": str(source)},
    )  # fmt: skip
    timings: dict[str, Any] = json.loads(result.stdout)
    library = Path(timings.pop("library"))
    if not library.is_relative_to(source.resolve()):
        raise RuntimeError(f"timed the library in {library}, not the one in {source}")
    return timings


def before_and_after(repeat: int, size: int, rounds: int = 2) -> dict[str, object]:
    """
    ``companies_before_5k_seconds``, ``companies_reference_5k_seconds`` and
    ``companies_tree_5k_seconds`` (see the module's docstring), with ``plain_tree_5k_seconds``
    (the plain objects in this tree's interpreter), each the minimum and median of ``rounds``
    fresh interpreters of ``repeat`` builds, the trees alternating; and each ``*_batch_seconds``,
    the time per build of ``repeat`` builds one after another (the least of the rounds).
    """
    import ingroeiquotum

    keys = ("companies_before_5k", "companies_reference_5k", "companies_tree_5k", "plain_tree_5k")
    with tempfile.TemporaryDirectory() as folder:
        reference = _reference_source(Path(folder))
        if reference is None:
            return {f"{key}_seconds": None for key in keys} | {"companies_speedup": None}
        here = Path(ingroeiquotum.__file__).resolve().parents[1]
        times: dict[str, list[float]] = {key: [] for key in keys}
        batches: dict[str, list[float]] = {key: [] for key in keys}
        for _ in range(rounds):
            old = _tree_timings(reference, repeat, size)
            new = _tree_timings(here, repeat, size)
            for key, found in (
                ("companies_before_5k", old["uncached"]),
                ("companies_reference_5k", old["cached"]),
                ("companies_tree_5k", new["cached"]),
                ("plain_tree_5k", new["plain"]),
            ):
                times[key] += found[:-1]
                batches[key].append(found[-1])
    figures: dict[str, object] = {"reference": REFERENCE}
    for key, values in times.items():
        figures[f"{key}_seconds"] = round(min(values), 4)
        figures[f"{key}_median_seconds"] = round(statistics.median(values), 4)
        figures[f"{key}_batch_seconds"] = round(min(batches[key]), 4)
    for suffix, pick in (("", min), ("_median", statistics.median)):
        before, now = times["companies_before_5k"], times["companies_tree_5k"]
        figures[f"companies_speedup{suffix}"] = round(pick(before) / pick(now), 3)
    before, now = min(batches["companies_before_5k"]), min(batches["companies_tree_5k"])
    figures["companies_speedup_batch"] = round(before / now, 3)
    return figures


def tree(repeat: int, size: int) -> dict[str, Any]:
    """
    The steps each tree is timed by, in its own interpreter: the population, its companies
    built once and kept (as :func:`measure` keeps them), then ``repeat`` builds with the
    library's caches, ``repeat`` of the plain objects (:func:`build_plain`) and ``repeat`` with
    the caches swapped out, each after a full collection, then for each ``repeat`` builds one
    after another (the time per build last in its list); and the folder of the library timed.
    """
    import ingroeiquotum
    from ingroeiquotum import population

    people = population.generate(size, seed=7)
    kept = build_companies(people)
    assert len(kept) == size

    def times(build: Callable[[Any], object]) -> list[float]:
        found = []
        for _ in range(repeat):
            gc.collect()
            started = time.perf_counter()
            build(people)
            found.append(time.perf_counter() - started)
        gc.collect()
        started = time.perf_counter()
        for _ in range(repeat):  # one after another: the collector's share of a long batch
            build(people)
        return [*found, (time.perf_counter() - started) / repeat]

    cached = times(build_companies)
    plain = times(build_plain)
    with caches_disabled():
        uncached = times(build_companies)
    library = str(Path(ingroeiquotum.__file__).resolve().parent)
    return {"cached": cached, "uncached": uncached, "plain": plain, "library": library}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--tree", help=argparse.SUPPRESS)  # run by before_and_after
    arguments = parser.parse_args()
    if arguments.tree:
        print(json.dumps(tree(arguments.repeat, arguments.size)))
        return
    print(json.dumps(measure(arguments.repeat, arguments.size), indent=2))


if __name__ == "__main__":
    main()
