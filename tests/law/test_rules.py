"""
Tests for ``ingroeiquotum.law.rules``: the registry of every rule, and the one finding builder.

One test runs every registered rule on a small fixture and asserts that its findings carry the
registry's id and version, cite a provision the registry names, and give a message the registry
declares that renders in Dutch and in English. Adding a rule without a fixture fails here.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Callable, Iterable
from datetime import date

import pytest

from ingroeiquotum import (
    citations,
    eu,
    i18n,
    parameters,
    projection,
    quota,
    reporting,
    samples,
    scope,
    succession,
    targets,
)
from ingroeiquotum.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Finding, Verdict
from ingroeiquotum.law import rules

ON = date(2025, 12, 31)
BEFORE = date(2021, 6, 30)
AFTER = date(2030, 6, 30)
BIG = SizeFigures(total_assets=30e6, net_turnover=60e6, employees=300)


def _company(**changes: object) -> Company:
    years = tuple(
        FinancialYear(date(year, 1, 1), date(year, 12, 31), BIG) for year in (2023, 2024, 2025)
    )
    board = Snapshot("bestuur", ON, Composition(men=3, women=1))
    rvc = Snapshot("rvc", ON, Composition(men=4, women=1))
    fields: dict[str, object] = {
        "financial_years": years,
        "snapshots": (board, rvc),
        "kvk": "12345678",
        "sector": "20",
    }
    fields.update(changes)
    return Company("Voorbeeld B.V.", "BV", **fields)  # type: ignore[arg-type]


def _target(organ: str = "bestuur", value: str = "40%", year: int = 2027) -> targets.Target:
    return targets.Target(organ, "each_sex", value, target_year=year, base_year=2023)


def _report(**changes: object) -> reporting.SerReport:
    company = _company()
    return reporting.build_report(company, ON, targets=[_target()], **changes)  # type: ignore[arg-type]


def _seats() -> list[Seat]:
    seats = [Seat("man", date(2020, 5, 1), date(2027 + year, 5, 20)) for year in range(3)]
    seats.append(Seat("man", date(2021, 5, 1)))
    return seats


def _earliest(on: list[date]) -> Iterable[Finding]:
    found = succession.earliest_balance(_seats(), on)
    return () if found is None else (found.finding,)


FIXTURES: dict[str, Callable[[], Iterable[Finding]]] = {
    "quota.balance": lambda: [
        quota.check_balance(Composition(4, 2), ON),
        quota.check_balance(Composition(5, 1), ON),
        quota.check_balance(Composition(2, 1, unknown=3), ON),
        quota.check_balance(Composition(0, 0), ON),
        quota.check_balance(Composition(5, 1), BEFORE),
        quota.check_balance(Composition(5, 1), AFTER),
        quota.check_balance(Composition(5, 1), ON, subject="bestuur"),
        quota.check_balance(Composition(3, 3), ON, subject="non_executive"),
        quota.check_company(Company("X NV", "NV", listed=True), ON),
    ],
    "quota.appointment": lambda: [
        quota.judge_appointment(Composition(5, 1), "man", ON),
        quota.judge_appointment(Composition(5, 1), "woman", ON),
        quota.judge_appointment(Composition(2, 2), "man", ON),
        quota.judge_appointment(Composition(4, 2), "man", ON),
        quota.judge_appointment(
            Composition(5, 1), "man", ON, reappointment=True, first_appointed=date(2020, 1, 1)
        ),
        quota.judge_appointment(Composition(5, 1), "man", ON, exceptional_circumstances=True),
        quota.judge_appointment(Composition(4, 1, unknown=1), "man", ON),
        quota.judge_appointment(Composition(5, 1), "man", BEFORE),
        quota.judge_appointment(Composition(5, 1), "man", ON, subject="bestuur"),
        *quota.judge_meeting(
            Composition(4, 1), [quota.Departure("man"), quota.Appointment("woman")], ON
        ).findings,
    ],
    "scope.large": lambda: [
        scope.judge_size(
            [
                {
                    "balance_sheet_date": date(year, 12, 31),
                    "total_assets": 30e6,
                    "net_turnover": 60e6,
                    "employees": 300,
                }
                for year in (2023, 2024)
            ],
            date(2024, 12, 31),
        ),
        scope.judge_size(
            [
                {
                    "balance_sheet_date": ON,
                    "total_assets": 30e6,
                    "net_turnover": 60e6,
                    "employees": 300,
                }
            ],
            ON,
        ),
        scope.judge_size(
            [
                {
                    "balance_sheet_date": date(year, 12, 31),
                    "total_assets": 1e6,
                    "net_turnover": 1e6,
                    "employees": 3,
                }
                for year in (2023, 2024)
            ],
            date(2024, 12, 31),
            legal_form="NV",
        ),
    ],
    "scope.targets": lambda: [
        scope.targets_duty(_company(), ON),
        scope.targets_duty(
            _company(financial_years=(FinancialYear(date(2021, 1, 1), date(2021, 12, 31), BIG),)),
            date(2021, 12, 31),
        ),
    ],
    "scope.quota": lambda: [
        scope.quota_applies(Company("X NV", "NV", listed=True), ON),
        scope.quota_applies(Company("X BV", "BV"), ON),
        scope.quota_applies(Company("X NV", "NV", listed=True), BEFORE),
        scope.quota_applies(Company("X NV", "NV", listed=True), AFTER),
    ],
    "targets.attainable": lambda: [
        targets.check_attainable(_target(), 2, ON),
        targets.check_attainable(_target(value="30%"), 1, ON),
        targets.check_attainable(_target(), 0, ON),
        targets.check_attainable(_target(value="50%"), 4, ON, legal_form="NV"),
    ],
    "targets.ambitious": lambda: [
        targets.check_ambition(_target(), Composition(3, 1), ON),
        targets.check_ambition(_target(value="0%"), Composition(3, 1), ON),
        targets.check_ambition(_target(value="10%"), Composition(3, 1), ON),
        targets.check_ambition(_target(value="30%"), Composition(2, 2), ON),
        targets.check_ambition(_target(), Composition(0, 0), ON),
    ],
    "targets.progress": lambda: [
        targets.check_progress(_target(), _company(), ON),
        targets.check_progress(_target(year=2025), _company(), ON),
        targets.check_progress(_target(value="20%"), _company(), ON),
        targets.check_progress(_target("subtop:Directie"), _company(), ON),
    ],
    "targets.present": lambda: [
        *targets.check_presence(_company(), ON, [_target()]),
        *targets.check_presence(_company(), ON, []),
    ],
    "targets.flow": lambda: [
        targets.check_flow_targets([_target()], ON),
        targets.check_flow_targets(
            [targets.Target("bestuur", "women_share", "40%", target_year=2027, flow="inflow")],
            ON,
            legal_form="NV",
        ),
    ],
    "targets.projection": lambda: [
        projection.projected_finding(
            _target(),
            Composition(3, 1),
            projection.Course(outflow="25%", inflow_women="50%"),
            on=ON,
        ),
        projection.projected_finding(
            _target(year=2024),
            Composition(3, 1),
            projection.Course(outflow="25%", inflow_women="50%"),
            on=ON,
        ),
        projection.projected_finding(
            samples.sample_renewed_target(), samples.sample_company(), samples.sample_course()
        ),
    ],
    "reporting.deadline": lambda: [
        reporting.check_deadline(date(2024, 12, 31), submitted_on=date(2025, 6, 1), as_of=ON),
        reporting.check_deadline(date(2024, 12, 31), submitted_on=None, as_of=ON),
        reporting.check_deadline(date(2025, 12, 31), submitted_on=None, as_of=ON),
        reporting.check_deadline(date(2021, 12, 31), submitted_on=None, as_of=ON),
        reporting.check_deadline(
            date(2024, 12, 31), submitted_on=date(2025, 11, 3), as_of=ON, legal_form="NV"
        ),
    ],
    "reporting.complete": lambda: [
        reporting.check_completeness(_report()),
        reporting.check_completeness(_report(), _company()),
    ],
    "plan.present": lambda: [
        reporting.check_plan(_report()),
        reporting.check_plan(_report(plan=samples.sample_plan())),
    ],
    "reporting.works_council": lambda: [
        reporting.check_works_council(_report()),
        reporting.check_works_council(_report(works_council_involved=True)),
        reporting.check_works_council(_report(works_council_involved=False)),
    ],
    "succession.earliest_balance": lambda: [
        *_earliest([date(2027, 5, 20), date(2028, 5, 20), date(2029, 5, 20)]),
        *_earliest([date(2031, 5, 20)]),
    ],
    "eu.scope": lambda: [
        eu.in_scope(eu.Listing("NL", ["DE"], employees=300), ON),
        eu.in_scope(eu.Listing("NL", ["DE"], employees=249, turnover=50e6), ON),
        eu.in_scope(eu.Listing("NL", ["DE"], employees=300), date(2022, 1, 1)),
    ],
    "eu.objective": lambda: [
        eu.check_objective(Composition(2, 1), Composition(4, 1), date(2026, 9, 1)),
        eu.check_objective(Composition(2, 1), Composition(3, 2), date(2026, 9, 1)),
        eu.check_objective(Composition(2, 1), Composition(4, 1), ON),
    ],
    "eu.selection": lambda: eu.check_selection(
        eu.SelectionProcess(criteria_clear_neutral=True, informs_candidates=False),
        date(2026, 9, 1),
    ),
    "eu.annual_information": lambda: [
        eu.check_annual_information(eu.annual_information(samples.sample_company(), ON)),
    ],
    "eu.transposition": lambda: [
        eu.transposition(date(2024, 12, 1)),
        eu.transposition(date(2026, 6, 30)),
    ],
}


def test_every_rule_has_a_fixture():
    """The fixtures name exactly the registered rules: a new rule needs a fixture here."""
    assert sorted(FIXTURES) == sorted(rule.id for rule in rules.all_rules())


@pytest.mark.parametrize("rule", rules.all_rules(), ids=lambda rule: rule.id)
def test_every_rule_cites_and_speaks_both_languages(rule: rules.Rule):
    """
    Each finding of the rule carries the registry's id and version, cites provisions the
    registry names, and has a declared message that renders in Dutch and in English.
    """
    findings = [finding for finding in FIXTURES[rule.id]() if finding.rule == rule.id]
    assert findings, f"the fixture of {rule.id} gives none of its findings"
    for finding in findings:
        assert finding.rule_version == rule.version, finding
        assert finding.citations
        assert set(finding.citations) <= set(rule.articles), (finding.message, finding.article)
        assert finding.message in rule.messages, finding.message
        assert set(finding.notes) <= set(rule.messages), finding.notes
        assert finding.advisory is rule.advisory
        for locale in ("nl", "en"):
            text = i18n.render(finding, locale)
            assert text.strip(), (locale, finding.message)
            assert "{" not in text, (locale, finding.message, text)


@pytest.mark.parametrize("rule", rules.all_rules(), ids=lambda rule: rule.id)
def test_the_registry_entry_is_sound(rule: rules.Rule):
    """Its functions exist at its public module, its messages are in both catalogs, its
    in-force parameter exists, and its module's RULE_VERSION is the registry's."""
    module = importlib.import_module(rule.module)
    for name in rule.functions:
        assert callable(getattr(module, name)), name
        assert name in module.__all__, name
    assert module.RULE_VERSION == rule.version
    for language in ("nl", "en"):
        catalog = i18n.catalog(language)
        assert [key for key in rule.messages if key not in catalog] == [], language
    if rule.in_force is not None:
        parameters.get(rule.in_force)


def test_citing_answers_where_an_article_is_decided():
    """citing() lists the rules that apply a provision: art. 2:142b lid 2 has three homes."""
    found = [rule.id for rule in rules.citing(citations.BW_2_142B_2)]
    assert found == ["quota.balance", "quota.appointment", "succession.earliest_balance"]
    assert [rule.id for rule in rules.citing(citations.BIBV_3D)] == ["reporting.complete"]


def test_get_refuses_an_unknown_rule():
    """An unknown id, or one that is not a string, raises InvalidArgument naming it."""
    for bad in ("quota.nothing", None, ["quota.balance"]):
        with pytest.raises(InvalidArgument, match="rule_id"):
            rules.get(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="citation"):
        rules.citing("art. 2:142b lid 2 BW")  # type: ignore[arg-type]


def test_the_builder_stamps_id_version_and_advisory():
    """Rule.finding takes the id, the version and the advisory flag from the entry."""
    rule = rules.get("targets.flow")
    finding = rule.finding(
        Verdict.COMPLIANT, ON, "targets.flow_present", citations=[citations.BW_2_276_3]
    )
    assert (finding.rule, finding.rule_version, finding.advisory, dict(finding.facts)) == (
        "targets.flow",
        targets.RULE_VERSION,
        True,
        {},
    )


def test_not_in_force_adds_the_deciding_dates():
    """Rule.not_in_force gives NOT_APPLICABLE on the status's day, with its two dates."""
    status = parameters.in_force("quota.minimum_share", BEFORE)
    finding = rules.get("quota.balance").not_in_force(
        status, "quota.not_yet", facts={"members": 3}, citations=[citations.BW_2_142B_2]
    )
    assert (finding.verdict, finding.on, dict(finding.facts)) == (
        Verdict.NOT_APPLICABLE,
        BEFORE,
        {"members": 3, "in_force_from": date(2022, 1, 1), "lapses_on": date(2030, 1, 1)},
    )


def test_the_registry_refuses_an_empty_list_of_messages():
    """A rule entry needs functions, facts and messages: an empty tuple is refused."""
    with pytest.raises(InvalidArgument, match="messages"):
        rules.Rule("x.y", "ingroeiquotum.quota", ("check_balance",), (), ("on",), ())


def test_every_finding_builder_goes_through_the_registry():
    """No module of Boek 2 BW, of the directive, of the comparison or of planning builds a
    Finding by hand any more."""
    from pathlib import Path

    import ingroeiquotum

    root = Path(ingroeiquotum.__file__).parent
    paths = [root / "law" / "compare.py"]
    for folder in ("law/bw2", "law/eu", "planning"):
        paths.extend((root / folder).glob("*.py"))
    for path in paths:
        assert path.is_file(), path
        assert "Finding(" not in path.read_text(encoding="utf-8"), path


def test_the_parameters_import_without_a_circle():
    """The data and the lookup import in either order in a fresh interpreter."""
    for first in (
        "ingroeiquotum.law._parameters_data",
        "ingroeiquotum.law.parameters",
        "ingroeiquotum.law.citations",
    ):
        code = f"import {first}; import ingroeiquotum.law.parameters as p; p.get('act.in_force')"
        subprocess.run([sys.executable, "-c", code], check=True)


def test_the_acts_dates_are_the_parameters():
    """citations.LAW_START / LAW_SUNSET and the act's provisions follow act.in_force."""
    ((start, end),) = parameters.get("act.in_force").periods()
    assert (citations.LAW_START, citations.LAW_SUNSET) == (start, end)
    assert (citations.BW_2_142B_2.in_force_from, citations.BW_2_142B_2.in_force_until) == (
        start,
        end,
    )
    for key in ("quota.minimum_share", "quota.reappointment_window_years"):
        assert parameters.get(key).periods() == ((start, end),)
