"""
The consistency table of issue 14: every scenario through every path.

``tests/consistency/scenarios.toml`` holds the scenarios with their expected verdicts, written
by hand from the rule book (never copied from the library's output); the README next to it
describes the fields. Each test below is one path (a rule function, the bulk paths, the CLI,
the report and its paragraph) parametrized over the scenarios it applies to, so that a failure
names the scenario and the path. Every path is held to the table, and the bulk paths to each
other too.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import ingroeiquotum
from ingroeiquotum import bulk, cli, i18n, quota, reporting, scope, targets
from ingroeiquotum.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.organs import Organ

TABLE = Path(__file__).parents[1] / "consistency" / "scenarios.toml"
VERDICTS = {"compliant", "not_compliant", "not_applicable", "cannot_decide", "applies"}
SUPERVISORY = ("rvc", "non_executive")
SIZES = {
    "big": (30_000_000, 60_000_000, 300),
    "mid": (22_000_000, 45_000_000, 100),
    "small": (1_000_000, 2_000_000, 10),
}
COUNTS = ("men", "women", "other", "unknown")
FRAME_COLUMNS = ("company", "organ", "date", "legal_form", "listed", *COUNTS)


def _load() -> list[dict[str, Any]]:
    with TABLE.open("rb") as file:
        scenarios: list[dict[str, Any]] = tomllib.load(file)["scenario"]
    for scenario in scenarios:
        scenario.setdefault("organs", [])
        scenario.setdefault("board_model", "two_tier")
        for organ in scenario["organs"]:
            for key in COUNTS:
                organ.setdefault(key, 0)
    return scenarios


def _named(organ: object) -> str:
    """
    An organ as the library names it (``rvc``, ``subtop:Directie``): the table may write it in
    the words people use (``Raad van Commissarissen``), which every path reads through
    ``Organ.parse``; what a path says about it is compared by this name.
    """
    return str(Organ.parse(organ))


SCENARIOS = _load()
BY_ID = {scenario["id"]: scenario for scenario in SCENARIOS}


def _name(scenario: Mapping[str, Any]) -> str:
    return f"{scenario['id']} {scenario['legal_form']}"


def _years(scenario: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    if "years" in scenario:
        return list(scenario["years"])
    on: date = scenario["on"]
    if (on.month, on.day) == (12, 31):
        return [{"start": date(on.year, 1, 1), "end": on}]
    return []


def _reported(scenario: Mapping[str, Any]) -> bool:
    """Whether the report paths apply: the scenario has a financial year ending on its date."""
    if not scenario.get("report", True):
        return False
    return any(year["end"] == scenario["on"] for year in _years(scenario))


def _composition(counts: Mapping[str, int]) -> Composition:
    return Composition(*(counts.get(key, 0) for key in COUNTS))


def _figures(size: str | None) -> SizeFigures | None:
    if size is None or size == "unknown":
        return None
    return SizeFigures(*SIZES[size])


@cache
def company_of(scenario_id: str) -> Company:
    scenario = BY_ID[scenario_id]
    years = [
        FinancialYear(year["start"], year["end"], _figures(year.get("size")))
        for year in _years(scenario)
    ]
    snapshots = [
        Snapshot(organ["organ"], scenario["on"], _composition(organ))
        for organ in scenario["organs"]
    ]
    for organ in scenario["organs"]:
        if "base" in organ:
            base_end = next(
                year.end for year in years if year.end.year == organ["target"]["base_year"]
            )
            snapshots.append(Snapshot(organ["organ"], base_end, _composition(organ["base"])))
    return Company(
        _name(scenario),
        scenario["legal_form"],
        listed=scenario["listed"],
        board_model=scenario["board_model"],
        financial_years=years,
        snapshots=snapshots,
        opts_in_2023_limits=scenario.get("opt_in_2023", False),
    )


def target_of(organ: Mapping[str, Any]) -> targets.Target:
    spec = organ["target"]
    return targets.Target(
        organ["organ"],
        spec["form"],
        spec["value"],
        target_year=spec["target_year"],
        base_year=spec.get("base_year"),
    )


def targets_of(scenario: Mapping[str, Any]) -> list[targets.Target]:
    return [target_of(organ) for organ in scenario["organs"] if "target" in organ]


def rows_of(scenario: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The scenario's organs as bulk rows (one organ of one company on one date)."""
    rows = []
    for organ in scenario["organs"]:
        row: dict[str, Any] = {
            "company": _name(scenario),
            "organ": organ["organ"],
            "date": scenario["on"],
            "legal_form": scenario["legal_form"],
            "listed": scenario["listed"],
            **{key: organ[key] for key in COUNTS},
        }
        if "target" in organ:
            row["target"] = organ["target"]["value"]
            row["target_form"] = organ["target"]["form"]
            row["target_year"] = organ["target"]["target_year"]
        rows.append(row)
    return rows


def _balance(organ: Mapping[str, Any]) -> str:
    """What check_balance must say: the composition question (``balance``), else ``quota``."""
    return str(organ.get("balance", organ["quota"]))


def _met(organ: Mapping[str, Any]) -> bool | None:
    value = organ["target_met"]
    return None if value == "unknown" else bool(value)


def _fy_year(scenario: Mapping[str, Any]) -> int:
    return int(scenario["on"].year)


def _future(scenario: Mapping[str, Any], organ: Mapping[str, Any]) -> bool:
    return int(organ["target"]["target_year"]) > _fy_year(scenario)


def _expected_deadline(scenario: Mapping[str, Any]) -> date | None:
    value = scenario["deadline"]
    return None if value == "none" else value


def _ids(
    predicate: Any,
) -> list[Any]:
    return [
        pytest.param(scenario["id"], id=scenario["id"])
        for scenario in SCENARIOS
        if predicate(scenario)
    ]


def _organ_ids(predicate: Any) -> list[Any]:
    return [
        pytest.param(scenario["id"], index, id=f"{scenario['id']}-{organ['organ']}")
        for scenario in SCENARIOS
        for index, organ in enumerate(scenario["organs"])
        if predicate(scenario, organ)
    ]


def _has_organs(scenario: Mapping[str, Any]) -> bool:
    return bool(scenario["organs"])


# --- the table itself ----------------------------------------------------------------------


def test_table_has_enough_scenarios_each_with_a_source() -> None:
    assert len(SCENARIOS) >= 40
    assert len(BY_ID) == len(SCENARIOS), "scenario ids must be unique"
    for scenario in SCENARIOS:
        assert scenario.get("source"), scenario["id"]
        assert scenario["quota_applies"] in ("applies", "not_applicable"), scenario["id"]
        for organ in scenario["organs"]:
            assert organ["quota"] in VERDICTS - {"applies"}, scenario["id"]
            assert _balance(organ) in VERDICTS - {"applies"}, scenario["id"]
            if "target" in organ:
                assert organ["progress"] in VERDICTS - {"applies"}, scenario["id"]
                assert organ["target_met"] in (True, False, "unknown"), scenario["id"]
        assert sum(_named(organ["organ"]) in SUPERVISORY for organ in scenario["organs"]) <= 1
        assert sum("target" in organ for organ in scenario["organs"]) <= 1


def test_table_covers_what_the_issue_asks() -> None:
    organs = [organ for scenario in SCENARIOS for organ in scenario["organs"]]
    assert any(organ["unknown"] for organ in organs)
    assert any(organ["other"] for organ in organs)
    assert any(scenario["board_model"] == "one_tier" for scenario in SCENARIOS)
    assert any(scenario["on"] < date(2022, 1, 1) for scenario in SCENARIOS)
    assert any(scenario["on"] >= date(2030, 1, 1) for scenario in SCENARIOS)
    assert any(
        (year["start"].month, year["start"].day) != (1, 1)
        for scenario in SCENARIOS
        for year in scenario.get("years", [])
    )
    assert any(scenario["legal_form"] == "BV" and scenario["listed"] for scenario in SCENARIOS)
    assert any(sum(organ[key] for key in COUNTS) == 0 for organ in organs)
    assert any(sum(organ[key] for key in COUNTS) == 1 for organ in organs)
    assert any("target" in organ and organ["target_met"] == "unknown" for organ in organs)


# --- the rule functions --------------------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "index"), _organ_ids(lambda s, o: True))
def test_check_balance(scenario_id: str, index: int) -> None:
    scenario = BY_ID[scenario_id]
    organ = scenario["organs"][index]
    finding = quota.check_balance(_composition(organ), scenario["on"], subject=organ["organ"])
    assert finding.verdict.value == _balance(organ)
    if finding.verdict.value == "cannot_decide":
        assert finding.missing, "cannot_decide must name the missing fact"
    if finding.verdict.value != "not_applicable" and "minimum" in organ:
        assert finding.facts["minimum_per_sex"] == organ["minimum"]


@pytest.mark.parametrize(("scenario_id", "index"), _organ_ids(lambda s, o: "balanced" in o))
def test_is_balanced(scenario_id: str, index: int) -> None:
    organ = BY_ID[scenario_id]["organs"][index]
    assert quota.is_balanced(organ["men"], organ["women"], organ["other"]) is organ["balanced"]


@pytest.mark.parametrize("scenario_id", _ids(lambda s: True))
def test_quota_applies(scenario_id: str) -> None:
    scenario = BY_ID[scenario_id]
    finding = scope.quota_applies(company_of(scenario_id), scenario["on"])
    assert finding.verdict.value == scenario["quota_applies"]
    if finding.verdict.value == "applies":
        supervisory = "non_executive" if scenario["board_model"] == "one_tier" else "rvc"
        assert finding.facts["organ"] == supervisory


def _history(scenario: Mapping[str, Any]) -> list[dict[str, Any]]:
    history = []
    for year in scenario["years"]:
        figures = _figures(year.get("size"))
        history.append(
            {
                "balance_sheet_date": year["end"],
                "financial_year_start": year["start"],
                "total_assets": None if figures is None else figures.total_assets,
                "net_turnover": None if figures is None else figures.net_turnover,
                "employees": None if figures is None else figures.employees,
            }
        )
    return history


@pytest.mark.parametrize("scenario_id", _ids(lambda s: "is_large" in s))
def test_is_large(scenario_id: str) -> None:
    scenario = BY_ID[scenario_id]
    large = scope.is_large(
        _history(scenario), scenario["on"], opt_in_2023=scenario.get("opt_in_2023", False)
    )
    assert large is scenario["is_large"]


@pytest.mark.parametrize("scenario_id", _ids(lambda s: "targets_duty" in s))
def test_targets_duty(scenario_id: str) -> None:
    scenario = BY_ID[scenario_id]
    finding = scope.targets_duty(company_of(scenario_id), scenario["on"])
    assert finding.verdict.value == scenario["targets_duty"]
    if finding.verdict.value == "cannot_decide":
        assert finding.missing, "cannot_decide must name the missing fact"


@pytest.mark.parametrize("scenario_id", _ids(lambda s: "targets_duty" in s and "is_large" in s))
def test_size_paths_agree(scenario_id: str) -> None:
    """judge_size on the history mappings and on the company's years give one verdict."""
    scenario = BY_ID[scenario_id]
    by_mappings = scope.judge_size(
        _history(scenario), scenario["on"], opt_in_2023=scenario.get("opt_in_2023", False)
    )
    large = by_mappings.verdict.value == "applies"
    assert large is scenario["is_large"]
    if scenario["targets_duty"] != "not_applicable" or scenario["deadline"] != "none":
        # a covered year: the duty is the size verdict
        assert scenario["targets_duty"] == by_mappings.verdict.value


@pytest.mark.parametrize("scenario_id", _ids(lambda s: "deadline" in s))
def test_deadline(scenario_id: str) -> None:
    scenario = BY_ID[scenario_id]
    expected = _expected_deadline(scenario)
    if expected is None:
        with pytest.raises(ingroeiquotum.exceptions.NoRuleInForce):
            reporting.deadline(scenario["on"])
        finding = reporting.check_deadline(
            scenario["on"], submitted_on=None, as_of=date(2040, 1, 1)
        )
        assert finding.verdict.value != "not_compliant", "an uncovered year is never overdue"
    else:
        assert reporting.deadline(scenario["on"]) == expected


@pytest.mark.parametrize(("scenario_id", "index"), _organ_ids(lambda s, o: "target" in o))
def test_check_progress(scenario_id: str, index: int) -> None:
    scenario = BY_ID[scenario_id]
    organ = scenario["organs"][index]
    finding = targets.check_progress(target_of(organ), company_of(scenario_id), scenario["on"])
    assert finding.verdict.value == organ["progress"]
    if finding.verdict.value == "cannot_decide":
        assert finding.missing, "cannot_decide must name the missing fact"
    met = _met(organ)
    if met is not None and "met" in finding.facts:
        assert finding.facts["met"] is met


# --- the bulk paths ------------------------------------------------------------------------


def _quota_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in results if row["rule"] == "quota"]


def _check_quota_row(row: Mapping[str, Any], organ: Mapping[str, Any]) -> None:
    assert row["verdict"] == organ["quota"], (organ["organ"], row)
    assert "2:142b" in str(row["article"])
    if organ["quota"] == "not_applicable":
        assert row["minimum_per_sex"] is None
        assert row["women_missing"] is None
        assert row["men_missing"] is None
    elif "minimum" in organ:
        assert row["minimum_per_sex"] == organ["minimum"]
        if organ["quota"] == "compliant":
            assert not row["women_missing"]
            assert not row["men_missing"]
    if organ["quota"] != "not_applicable":
        lid = "lid 3" if _named(organ["organ"]) == "non_executive" else "lid 2"
        assert lid in str(row["article"])


def _check_target_row(
    row: Mapping[str, Any], scenario: Mapping[str, Any], organ: Mapping[str, Any]
) -> None:
    if _future(scenario, organ) and _met(organ) is not True:
        allowed = {organ["progress"], "cannot_decide", "not_compliant"}
        assert row["verdict"] in allowed, (organ["organ"], row)
    else:
        assert row["verdict"] == organ["progress"], (organ["organ"], row)


@pytest.mark.parametrize("scenario_id", _ids(_has_organs))
def test_bulk_evaluate(scenario_id: str) -> None:
    scenario = BY_ID[scenario_id]
    results = bulk.evaluate(rows_of(scenario))
    quota_rows = _quota_rows(results)
    assert len(quota_rows) == len(scenario["organs"])
    for row, organ in zip(quota_rows, scenario["organs"], strict=True):
        assert row["organ"] == organ["organ"]
        assert row["date"] == scenario["on"]
        _check_quota_row(row, organ)
        if organ["quota"] != "not_applicable":
            finding = quota.check_balance(
                _composition(organ), scenario["on"], subject=organ["organ"]
            )
            assert row["verdict"] == finding.verdict.value
            assert row["minimum_per_sex"] == finding.facts["minimum_per_sex"]
            assert row["women_missing"] == finding.facts["women_missing"]
            assert row["men_missing"] == finding.facts["men_missing"]
    for organ in scenario["organs"]:
        if "target" not in organ:
            continue
        target_rows = [
            row for row in results if row["rule"] == "target" and row["organ"] == organ["organ"]
        ]
        assert len(target_rows) == 1
        _check_target_row(target_rows[0], scenario, organ)


def test_bulk_evaluate_whole_table_equals_per_scenario() -> None:
    rows = [row for scenario in SCENARIOS for row in rows_of(scenario)]
    whole = bulk.evaluate(rows)
    parts = [row for scenario in SCENARIOS for row in bulk.evaluate(rows_of(scenario))]
    assert whole == parts


def _frame_rows() -> tuple[list[dict[str, Any]], dict[str, list[int]]]:
    rows: list[dict[str, Any]] = []
    where: dict[str, list[int]] = {}
    for scenario in SCENARIOS:
        for row in rows_of(scenario):
            where.setdefault(scenario["id"], []).append(len(rows))
            rows.append({key: row[key] for key in FRAME_COLUMNS})
    return rows, where


@cache
def _frame_results(kind: str) -> tuple[list[dict[str, Any]], dict[str, list[int]]]:
    rows, where = _frame_rows()
    columns = {key: [row[key] for row in rows] for key in rows[0]}
    if kind == "pandas":
        import pandas as pd

        frame = pd.DataFrame(columns)
        frame["date"] = frame["date"].astype(object)
        return bulk.evaluate_frame(frame).to_dict("records"), where
    import polars as pl

    schema = {"date": pl.Date, **dict.fromkeys(COUNTS, pl.Int64)}
    frame = pl.DataFrame(columns, schema_overrides=schema)
    if kind == "polars_lazy":
        result = bulk.evaluate_frame(frame.lazy())
        assert isinstance(result, pl.LazyFrame), "a LazyFrame in gives a LazyFrame out"
        return result.collect().to_dicts(), where
    return bulk.evaluate_frame(frame).to_dicts(), where


def _none(value: Any) -> Any:
    """A frame's missing value (None, NaN, pd.NA) as None, a number as int."""
    if value is None:
        return None
    try:
        if value != value:  # NaN
            return None
    except TypeError:  # pd.NA
        return None
    return int(value)


@pytest.mark.parametrize("kind", ["pandas", "polars", "polars_lazy"])
@pytest.mark.parametrize("scenario_id", _ids(_has_organs))
def test_evaluate_frame(scenario_id: str, kind: str) -> None:
    scenario = BY_ID[scenario_id]
    results, where = _frame_results(kind)
    expected = _quota_rows(bulk.evaluate(rows_of(scenario)))
    for position, organ, bulk_row in zip(
        where[scenario_id], scenario["organs"], expected, strict=True
    ):
        row = results[position]
        assert row["organ"] == organ["organ"]
        assert row["quota_verdict"] == organ["quota"], (organ["organ"], row)
        converted = {
            "verdict": row["quota_verdict"],
            "article": row["article"],
            **{key: _none(row[key]) for key in ("minimum_per_sex", "women_missing", "men_missing")},
        }
        _check_quota_row(converted, organ)
        for key in ("minimum_per_sex", "women_missing", "men_missing", "article"):
            assert converted[key] == bulk_row[key], f"{key}: frame and evaluate disagree"


def _meeting_quota(summary: list[dict[str, Any]]) -> int:
    return sum(
        row["listed_meeting_quota"] or 0
        for row in summary
        if row["group_by"] == "all" and row["organ_group"] == "rvc"
    )


def _compliant_quota(scenario: Mapping[str, Any]) -> int:
    return sum(
        _named(organ["organ"]) in SUPERVISORY and organ["quota"] == "compliant"
        for organ in scenario["organs"]
    )


@pytest.mark.parametrize("scenario_id", _ids(_has_organs))
def test_aggregate(scenario_id: str) -> None:
    scenario = BY_ID[scenario_id]
    rows = rows_of(scenario)
    summary = bulk.aggregate(rows)
    assert _meeting_quota(summary) == _compliant_quota(scenario)
    evaluated = _quota_rows(bulk.evaluate(rows))
    assert _meeting_quota(summary) == sum(
        row["verdict"] == "compliant" and _named(row["organ"]) in SUPERVISORY for row in evaluated
    )


def test_aggregate_whole_table() -> None:
    rows = [row for scenario in SCENARIOS for row in rows_of(scenario)]
    expected = sum(_compliant_quota(scenario) for scenario in SCENARIOS)
    assert _meeting_quota(bulk.aggregate(rows)) == expected


def test_aggregate_whole_table_per_year() -> None:
    """
    Per year (issue 18: the aggregate never mixes years), the listed companies meeting the
    quota and those it reaches are the companies of evaluate's quota rows of that year.
    """
    rows = [row for scenario in SCENARIOS for row in rows_of(scenario)]
    meeting: dict[int, set[str]] = {}
    reached: dict[int, set[str]] = {}
    for result in _quota_rows(bulk.evaluate(rows)):
        year = result["date"].year
        if _named(result["organ"]) in SUPERVISORY and result["verdict"] != "not_applicable":
            reached.setdefault(year, set()).add(result["company"])
            if result["verdict"] == "compliant":
                meeting.setdefault(year, set()).add(result["company"])
    figures = {
        row["year"]: (row["listed_meeting_quota"], row["listed_quota_applies"])
        for row in bulk.aggregate(rows, by=())
        if row["organ_group"] == "rvc"
    }
    for year, (meets, applies) in figures.items():
        assert (len(meeting.get(year, ())), len(reached.get(year, ()))) == (meets, applies), year
    assert set(reached) <= set(figures)


# --- the command line ----------------------------------------------------------------------


def _environment() -> dict[str, str]:
    source = str(Path(ingroeiquotum.__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": source if not path else f"{source}{os.pathsep}{path}"}


def _json_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value.isoformat() if isinstance(value, date) else value for key, value in row.items()
    }


@pytest.fixture(scope="module")
def cli_check(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run of ``ingroeiquotum check FILE --json`` over the whole table."""
    rows = [_json_row(row) for scenario in SCENARIOS for row in rows_of(scenario)]
    path = tmp_path_factory.mktemp("consistency") / "compositions.json"
    document = {"schema": "ingroeiquotum.compositions", "version": 1, "rows": rows}
    path.write_text(json.dumps(document), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "ingroeiquotum", "check", str(path), "--json", "--quiet"],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=120,
        check=False,
    )
    return {"code": done.returncode, "stdout": done.stdout, "stderr": done.stderr}


def _cli_results(cli_check: Mapping[str, Any]) -> list[dict[str, Any]]:
    assert cli_check["code"] in (0, 1), cli_check["stderr"]
    results: list[dict[str, Any]] = json.loads(cli_check["stdout"])
    return results


@pytest.mark.parametrize("scenario_id", _ids(_has_organs))
def test_cli_check(scenario_id: str, cli_check: dict[str, Any]) -> None:
    scenario = BY_ID[scenario_id]
    results = [row for row in _cli_results(cli_check) if row["company"] == _name(scenario)]
    expected = bulk.evaluate(rows_of(scenario))
    quota_rows = _quota_rows(results)
    assert len(quota_rows) == len(scenario["organs"])
    for row, organ in zip(quota_rows, scenario["organs"], strict=True):
        assert row["organ"] == _named(organ["organ"]), "the loader gives the library's name"
        assert row["date"] == scenario["on"].isoformat()
        _check_quota_row(row, organ)
    for organ in scenario["organs"]:
        if "target" in organ:
            target_rows = [
                row
                for row in results
                if row["rule"] == "target" and row["organ"] == _named(organ["organ"])
            ]
            assert len(target_rows) == 1
            _check_target_row(target_rows[0], scenario, organ)
    mine = [(row["organ"], row["rule"], row["verdict"]) for row in results]
    theirs = [(_named(row["organ"]), row["rule"], row["verdict"]) for row in expected]
    assert mine == theirs, "the CLI and bulk.evaluate disagree"


def test_cli_check_exit_status(cli_check: dict[str, Any]) -> None:
    """Exit 1: the table has findings to act on (not compliant, cannot decide)."""
    assert cli_check["code"] == 1, cli_check["stderr"]


# --- the report and its paragraph ----------------------------------------------------------


def _report(scenario_id: str) -> reporting.SerReport:
    scenario = BY_ID[scenario_id]
    return reporting.build_report(
        company_of(scenario_id), scenario["on"], targets=targets_of(scenario)
    )


@pytest.mark.parametrize("scenario_id", _ids(_reported))
def test_build_report(scenario_id: str) -> None:
    scenario = BY_ID[scenario_id]
    report = _report(scenario_id)
    assert report.deadline == _expected_deadline(scenario)
    for organ in scenario["organs"]:
        line = report.organ(organ["organ"])
        assert line is not None, organ["organ"]
        assert line.composition == _composition(organ)
        if "target" in organ:
            assert line.target_met is _met(organ), organ["organ"]
        else:
            assert line.target_met is None


def _say(key: str, lang: str) -> str:
    try:
        return i18n.message(key, lang)
    except ingroeiquotum.exceptions.InvalidArgument:
        pytest.fail(f"catalog key {key!r} is gone: update tests/properties/test_consistency.py")


def _claims(paragraph: str, lang: str) -> tuple[int, int]:
    """How many times the paragraph says a target is met, and how many times not met."""
    text = paragraph
    for key in ("disclosure.quota_met", "disclosure.quota_not_met"):
        text = text.replace(_say(key, lang), "")
    met, not_met = _say("disclosure.status_met", lang), _say("disclosure.status_not_met", lang)
    said_not = len(re.findall(rf"(?<!\w){re.escape(not_met)}(?!\w)", text))
    said_met = len(re.findall(rf"(?<!\w){re.escape(met)}(?!\w)", text))
    if met in not_met:
        said_met -= said_not
    return said_met, said_not


def _check_paragraph(paragraph: str, scenario: Mapping[str, Any], lang: str) -> None:
    """The bestuursverslag paragraph must not contradict the table's verdicts."""
    supervisory = [organ for organ in scenario["organs"] if _named(organ["organ"]) in SUPERVISORY]
    if scenario["listed"] and supervisory:
        verdict = supervisory[0]["quota"]
        if verdict != "compliant":
            assert _say("disclosure.quota_met", lang) not in paragraph, f"quota is {verdict}"
        if verdict != "not_compliant":
            assert _say("disclosure.quota_not_met", lang) not in paragraph, f"quota is {verdict}"
    for organ in scenario["organs"]:
        if "target" not in organ:
            continue
        said_met, said_not = _claims(paragraph, lang)
        met = _met(organ)
        if met is None:
            assert (said_met, said_not) == (0, 0), "the unknown members decide the target"
        elif met:
            assert said_not == 0, "the target is met"
        else:
            assert said_met == 0, "the target is not met"
            if _future(scenario, organ):
                assert said_not == 0, "the target year lies ahead: 'not yet reached'"


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("scenario_id", _ids(_reported))
def test_bestuursverslag(scenario_id: str, lang: str) -> None:
    paragraph = i18n.bestuursverslag(_report(scenario_id), lang)
    _check_paragraph(paragraph, BY_ID[scenario_id], lang)


@pytest.mark.parametrize("scenario_id", _ids(_reported))
def test_cli_report(scenario_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = BY_ID[scenario_id]
    path = tmp_path / "report.json"
    path.write_text(reporting.report_to_json(_report(scenario_id)), encoding="utf-8")
    capsys.readouterr()
    code = cli.main(["report", str(path), "--json", "--as-of", scenario["on"].isoformat()])
    out = capsys.readouterr()
    assert code in (0, 1), out.err
    data = json.loads(out.out)
    expected_deadline = _expected_deadline(scenario)
    assert data["report"]["deadline"] == (
        None if expected_deadline is None else expected_deadline.isoformat()
    )
    lines = {line["organ"]: line for line in data["report"]["organs"]}
    for organ in scenario["organs"]:
        if "target" in organ:
            line = lines[_named(organ["organ"])]
            assert line["target_met"] is _met(organ), organ["organ"]
    paragraph = data["bestuursverslag"]
    assert paragraph == i18n.bestuursverslag(reporting.report_from_json(path.read_bytes()), "en")
    _check_paragraph(paragraph, scenario, "en")
    # last, so that the checks above still speak while item 8 is open
    for finding in data["findings"]:
        if finding.get("rule") != "reporting.deadline":
            continue
        if expected_deadline is None:
            assert finding["verdict"] != "not_compliant", "an uncovered year is never overdue"
        else:
            open_ = finding["verdict"] != "compliant" or "open" in str(finding.get("message"))
            assert open_, "not submitted, not yet due: open (its own verdict or message)"


def test_organ_names_parse() -> None:
    """
    Every organ of the table is one the one organ parser reads, and some are written in the
    words people use (issue 17), which every path must read alike.
    """
    written = [organ["organ"] for scenario in SCENARIOS for organ in scenario["organs"]]
    names = [_named(organ) for organ in written]
    assert set(names) >= {"bestuur", "rvc", "executive", "non_executive"}
    assert len([1 for word, name in zip(written, names, strict=True) if word != name]) >= 4


# -- readings a user can switch (issue 20): the bulk paths follow the rule functions -------------

_SWITCHED_QUOTA = ((), ("quota.other_is_neither_sex",), ("quota.listed_bv",))


def _rule_verdict(row: Mapping[str, Any]) -> str:
    """The quota's verdict for one bulk row, from the rule functions."""
    company = Company(row["company"], row["legal_form"], listed=row["listed"])
    if scope.quota_applies(company, row["date"]).verdict.value != "applies":
        return "not_applicable"
    counts = Composition(row["men"], row["women"], row["other"], row["unknown"])
    return quota.check_balance(counts, row["date"], subject=row["organ"]).verdict.value


@pytest.mark.parametrize("keys", _SWITCHED_QUOTA, ids=lambda keys: "+".join(keys) or "default")
def test_bulk_follows_a_switched_reading_as_the_rules_do(keys: tuple[str, ...]) -> None:
    """Inside ``readings.choose``, evaluate and evaluate_frame give the rule functions' verdicts."""
    import pandas

    from ingroeiquotum import readings

    rows = [
        {
            "company": f"C{index}", "organ": organ, "date": date(2025, 6, 30),
            "legal_form": form, "listed": True, "men": men, "women": women, "other": other,
            "unknown": 0,
        }
        for index, (organ, form, men, women, other) in enumerate(
            (organ, form, men, women, other)
            for organ in ("rvc", "non_executive", "bestuur")
            for form in ("NV", "BV")
            for men, women, other in ((2, 1, 1), (3, 0, 0), (2, 2, 2), (1, 1, 1), (4, 1, 0))
        )
    ]  # fmt: skip
    with readings.choose(*keys):
        expected = [_rule_verdict(row) for row in rows]
        from_rows = [result["verdict"] for result in bulk.evaluate(rows)]
        from_frame = list(bulk.evaluate_frame(pandas.DataFrame(rows))["quota_verdict"])
    assert from_rows == expected
    assert from_frame == expected
    if keys:  # the switch matters for some of these rows
        assert expected != [_rule_verdict(row) for row in rows]


@pytest.mark.parametrize("keys", _SWITCHED_QUOTA, ids=lambda keys: "+".join(keys) or "default")
def test_aggregate_follows_a_switched_reading_as_evaluate_does(keys: tuple[str, ...]) -> None:
    """Inside ``readings.choose``, the aggregates count the quota as ``evaluate`` decides it."""
    import pandas

    from ingroeiquotum import readings

    rows = [
        {
            "company": f"C{index}", "organ": "rvc", "date": date(2025, 6, 30),
            "legal_form": form, "listed": True, "men": men, "women": women, "other": other,
            "unknown": 0,
        }
        for index, (form, men, women, other) in enumerate(
            (form, men, women, other)
            for form in ("N.V.", "BV")
            for men, women, other in ((2, 1, 1), (3, 0, 0), (2, 2, 2), (1, 1, 1), (4, 1, 0))
        )
    ]  # fmt: skip
    with readings.choose(*keys):
        verdicts = [result["verdict"] for result in bulk.evaluate(rows)]
        applies = sum(verdict != "not_applicable" for verdict in verdicts)
        meeting = verdicts.count("compliant")
        (total,) = [row for row in bulk.aggregate(rows) if row["group_by"] == "all"]
        frame = bulk.aggregate_frame(pandas.DataFrame(rows))
        (framed,) = frame[frame["group_by"] == "all"].to_dict("records")
    assert (total["listed_quota_applies"], total["listed_meeting_quota"]) == (applies, meeting)
    assert (framed["listed_quota_applies"], framed["listed_meeting_quota"]) == (applies, meeting)
