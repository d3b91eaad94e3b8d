"""
Thread safety of the public API: the library keeps no module-level state that changes at run
time, so the same population evaluated from several threads at once gives exactly the result
of one thread.

What is cached, is cached read-only: ``i18n.catalog`` (one ``MappingProxyType`` per language,
through ``functools.cache``), the guidance's lookup tables (built once from constant data; a
second build in a race gives an equal table), ``population``'s pool (an ``lru_cache`` of tuples
whose rows are copied before use), the parameters (a constant module). Formatting numbers uses
``decimal.localcontext``, which is per thread.
"""

from __future__ import annotations

import ast
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from ingroeiquotum import bulk, guidance, i18n, io, population, quota, reporting, samples
from ingroeiquotum.guidance import queries as guidance_queries

THREADS = 8
ROUNDS = 3


def _work():
    """Everything one thread does: bulk rules, aggregates, a report, findings in two languages."""
    sample = population.generate(500, seed=2024)
    rows = sample.rows
    company = samples.sample_company()
    report = reporting.build_report(
        company, date(2024, 12, 31), targets=samples.sample_targets(), plan=samples.sample_plan()
    )
    findings = reporting.evaluate(
        company, date(2024, 12, 31), targets=samples.sample_targets(), plan=samples.sample_plan()
    )
    findings = (*findings, *(quota.check_balance(row, date(2024, 12, 31)) for row in _boards(rows)))
    return (
        json.dumps(bulk.evaluate(rows), default=str),
        json.dumps(bulk.aggregate(rows, suppress_below=5), default=str),
        reporting.report_to_json(report),
        json.dumps(reporting.published_figures(report, suppress_below=5)),
        i18n.bestuursverslag(report, "nl"),
        i18n.bestuursverslag(report, "en"),
        tuple(i18n.explain(finding, "nl") for finding in findings),
        tuple(i18n.render(finding, "en") for finding in findings),
        tuple(i18n.format_value(value, "nl") for value in (10**30, 1e26, 0.5, date(2024, 1, 1))),
        guidance.render_advice(guidance.advise(findings), "en"),
        tuple(sorted(row["company"] for row in io.aggregate_employees(_records(), dates=[
            date(2024, 12, 31)]).rows)),
    )  # fmt: skip


def _boards(rows):
    from ingroeiquotum.composition import Composition

    return [
        Composition(row["men"], row["women"], row["other"], row["unknown"])
        for row in rows[:200]
        if row["organ"] == "rvc"
    ]


def _records():
    return [
        {
            "company": f"C{index % 7}",
            "organ": "rvc",
            "gender": "mv"[index % 2],
            "start": "2020-01-01",
        }
        for index in range(100)
    ]


def test_threads_give_the_single_thread_result():
    """Eight threads evaluating the same population at once agree with one thread, byte for byte."""
    expected = _work()
    barrier = threading.Barrier(THREADS)

    def run(_):
        barrier.wait()  # start together, to make races likely
        return [_work() for _ in range(ROUNDS)]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = [result for batch in pool.map(run, range(THREADS)) for result in batch]
    assert THREADS * ROUNDS == len(results)
    for result in results:
        assert expected == result


def test_first_use_of_the_caches_from_many_threads():
    """The catalogs and guidance tables give the same answer when first read from many threads."""
    i18n._catalog.cache_clear()
    guidance_queries._by_key.cache_clear()
    guidance_queries._folded.cache_clear()
    barrier = threading.Barrier(THREADS)

    def run(language):
        barrier.wait()
        return (
            dict(i18n.catalog(language)),
            tuple(rec.key for rec in guidance.find(text="vrouw")),
        )

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(run, ["nl", "en"] * (THREADS // 2)))
    assert all(result == results[0] for result in results[0::2])
    assert all(result == results[1] for result in results[1::2])


SRC = Path(__file__).parents[2] / "src" / "ingroeiquotum"


def _module_level_mutations(tree):
    """Names assigned at module level and then changed inside a function (global, item, call)."""
    module_names = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        local = {arg.arg for arg in function.args.args + function.args.kwonlyargs}
        for node in ast.walk(function):
            if isinstance(node, ast.Global):
                found.extend(node.names)
            if isinstance(node, ast.Assign):
                local.update(t.id for t in node.targets if isinstance(t, ast.Name))
            targets = []
            if isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Subscript | ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id in module_names
                    and target.value.id not in local
                ):
                    found.append(target.value.id)
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("append", "extend", "update", "add", "pop", "clear",
                                       "setdefault", "remove", "insert", "discard")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in module_names
                and node.func.value.id not in local
            ):  # fmt: skip
                found.append(node.func.value.id)
    return found


@pytest.mark.parametrize("path", sorted(SRC.glob("*.py")), ids=lambda path: path.name)
def test_no_module_level_state_changes_at_run_time(path):
    """No function rebinds a global or changes a module-level dict, list or set in place."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert [] == _module_level_mutations(tree)


def test_the_state_check_finds_a_change():
    """The check above does find a module-level dict changed in a function (it is not vacuous)."""
    source = "CACHE = {}\n\ndef remember(key, value):\n    CACHE[key] = value\n    CACHE.update()\n"
    assert ["CACHE", "CACHE"] == _module_level_mutations(ast.parse(source))
