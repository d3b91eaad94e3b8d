"""
Tests for ``ingroeiquotum.law.readings`` (public path ``ingroeiquotum.readings``): the registry of
the library's readings of the law, and the readings a user can switch (issue 20).

Each switchable reading has one case in :data:`SWITCHES`: a question whose answer under the
library's reading and under the alternative was worked out by hand from the rule book and the
reading's text (the comments show the sums), never copied from the library's output.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import eu, projection, quota, readings, reporting, scope, serialize, targets
from ingroeiquotum.company import Company
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Confidence, Finding, Reading

DAY = date(2025, 6, 1)
BIG = {"total_assets": 30e6, "net_turnover": 60e6, "employees": 300}


def test_reading_keys_unique_and_dotted():
    """Reading keys are unique and dotted."""
    keys = [reading.key for reading in readings.all_readings()]
    assert len(keys) == len(set(keys))
    assert all("." in key for key in keys)


# -- one case per switchable reading: (the question, the answer by default, the alternative's) ----


def _meeting() -> Finding:
    # 4 men and 2 women: 6 members, at least 2 of each, balanced. The first man is valid
    # (balanced before); the board is then 5 men and 2 women, 7 members, at least 3 women.
    # In order, the second man meets an unbalanced board: void. Against the board before the
    # meeting (balanced) he is valid.
    result = quota.judge_meeting(
        Composition(4, 2), [quota.Appointment("man"), quota.Appointment("man")], DAY
    )
    return result.findings[1]


def _objective_two_tier() -> Finding:
    # RvC 5 men, 1 woman: 6 non-executive positions, 40 % is 2.4, closest 2; one woman: missed.
    # With only the bestuur as the board there are no non-executive positions to fill.
    return eu.check_objective(Composition(2, 1), Composition(5, 1), date(2026, 7, 1), two_tier=True)


def _objective_53() -> Finding:
    # 20 + 16 men, 10 + 7 women: 53 positions, 17 women. 33/100 of 53 is 17.49: 17 needed, met.
    # A third of 53 is 17.67: 18 needed, missed. 49 % of 53 is 25.97, no cap.
    return eu.check_objective(
        Composition(20, 10), Composition(16, 7), date(2026, 7, 1), objective="all_directors_33"
    )


def _objective_other() -> Finding:
    # 2 men, 1 woman, 2 registered as neither: 5 positions, 40 % is 2, 49 % caps at 2; one
    # woman: missed. Without the two: 3 positions, 40 % is 1.2, so 1 is needed: met.
    return eu.check_objective(None, Composition(2, 1, 2), date(2026, 7, 1))


def _sme() -> Finding:
    # 300 persons (not fewer than 250), so no SME by default; by the alternative a balance-sheet
    # total of EUR 40 million (at most 43 million) makes it one whatever the head-count.
    listing = eu.Listing("NL", ["NL"], employees=300, turnover=60e6, balance_sheet_total=40e6)
    return eu.in_scope(listing, date(2026, 6, 30))


def _selection() -> Finding:
    # From 30 June 2026 the selection duties of art. 6 apply to a company that missed the
    # objective, unless suspended under art. 12; the first duty is answered "no".
    process = eu.SelectionProcess(criteria_clear_neutral=False)
    findings = eu.check_selection(process, date(2026, 7, 1), meets_objective=False)
    return next(f for f in findings if f.facts["duty"].value == "criteria_clear_neutral")


def _projection() -> Finding:
    # 3 women and 3 men meet 40 % each at the start (end of 2025); with a quarter leaving each
    # year and no women coming in, women fall below 40 % long before 2028: not met at the end
    # of the target year, but met once before it.
    goal = targets.Target("rvc", "each_sex", "40%", target_year=2028)
    course = projection.Course(outflow="25%", inflow_women="0%")
    return projection.projected_finding(goal, Composition(3, 3), course, on=date(2025, 12, 31))


SWITCHES: dict[str, tuple[Callable[[], Finding], str, str]] = {
    # A listed BV: the quota applies by the library's reading, not if it reaches only the NV.
    "quota.listed_bv": (
        lambda: scope.quota_applies(Company("Voorbeeld BV", "BV", listed=True), DAY),
        "applies",
        "not_applicable",
    ),
    # 2 men, 1 woman (3 members, 1 of each: balanced); a man makes 4 members, 2 of each
    # needed, 1 woman: out of balance. Valid with a warning, or void by the alternative.
    "quota.tipping_not_void": (
        lambda: quota.judge_appointment(Composition(2, 1), "man", DAY),
        "compliant",
        "not_compliant",
    ),
    # 2 men, 1 woman, 1 neither: 4 members, 2 of each, 1 woman short. Without the one: 3
    # members, 1 of each: balanced.
    "quota.other_is_neither_sex": (
        lambda: quota.check_balance(Composition(2, 1, 1), DAY),
        "not_compliant",
        "compliant",
    ),
    # 3 men (1 woman short): a person registered as neither sex does not make men and women
    # more balanced: void, or never void by the alternative.
    "quota.other_appointee_void": (
        lambda: quota.judge_appointment(Composition(3, 0), "other", DAY),
        "not_compliant",
        "compliant",
    ),
    "quota.meeting_order": (_meeting, "not_compliant", "compliant"),
    # One balance-sheet date (31 December 2023) above all three limits: not yet large; large
    # for the first two years under art. 2:398 lid 1.
    "scope.single_balance_sheet_date": (
        lambda: scope.judge_size(
            [{"balance_sheet_date": date(2023, 12, 31), **BIG}], date(2023, 12, 31)
        ),
        "not_applicable",
        "applies",
    ),
    # FY 2021-07-01/2022-06-30 starts before the act: no deadline. Ending after 1 January 2022
    # it is covered by the alternative: due 30 April 2023, overdue on 1 December 2023.
    "scope.first_financial_year": (
        lambda: reporting.check_deadline(
            date(2022, 6, 30),
            financial_year_start=date(2021, 7, 1),
            submitted_on=None,
            as_of=date(2023, 12, 1),
        ),
        "not_applicable",
        "not_compliant",
    ),
    # FY 2030 starts after the lapse: no deadline; if the lapse reaches only the quota it is
    # due on 31 October 2031, overdue on 1 December 2031.
    "scope.act_coverage": (
        lambda: reporting.check_deadline(
            date(2030, 12, 31), submitted_on=None, as_of=date(2031, 12, 1)
        ),
        "not_applicable",
        "not_compliant",
    ),
    # FY ending 30 September 2025: due 30 July 2026 (same day number), or 31 July 2026 (month
    # end to month end); submitted on 31 July 2026.
    "reporting.deadline_months": (
        lambda: reporting.check_deadline(
            date(2025, 9, 30), submitted_on=date(2026, 7, 31), as_of=date(2026, 8, 1)
        ),
        "not_compliant",
        "compliant",
    ),
    # 7 men, 3 women: 30 % women, balanced at 30 % but not at one third; a target of 30 % each
    # keeps the balance (ambitious), or is no more balanced than today (not ambitious).
    "targets.keeps_balance": (
        lambda: targets.check_ambition(
            targets.Target("rvc", "each_sex", "30%", target_year=2027), Composition(7, 3), DAY
        ),
        "compliant",
        "not_compliant",
    ),
    # 31 December 2023 and 2025, both above the limits, 2024 missing: its figures decide. By
    # the alternative the two dates are consecutive: large.
    "scope.missing_year": (
        lambda: scope.judge_size(
            [
                {"balance_sheet_date": date(2023, 12, 31), **BIG},
                {"balance_sheet_date": date(2025, 12, 31), **BIG},
            ],
            date(2025, 12, 31),
        ),
        "cannot_decide",
        "applies",
    ),
    "eu.two_tier_directors": (_objective_two_tier, "not_compliant", "compliant"),
    "eu.rounding": (_objective_53, "compliant", "not_compliant"),
    "eu.other_is_neither_sex": (_objective_other, "not_compliant", "compliant"),
    "eu.sme_definition": (_sme, "applies", "not_applicable"),
    "eu.article_12_unknown": (_selection, "not_compliant", "not_applicable"),
    "projection.met_at_year_end": (_projection, "not_compliant", "compliant"),
}


def test_every_reading_with_an_alternative_has_a_switch_case():
    """Every switchable reading is tested below, and only those are switchable."""
    assert set(SWITCHES) == {reading.key for reading in readings.switchable()}
    assert {r.key for r in readings.all_readings() if r.alternative} == set(SWITCHES)


def _named(finding: Finding, key: str) -> Reading:
    (named,) = [reading for reading in finding.readings if reading.key == key]
    return named


@pytest.mark.parametrize("key", sorted(SWITCHES))
def test_a_switched_reading_changes_the_verdict_inside_only(key: str):
    """The verdict changes inside ``choose`` only, and the finding names the side applied."""
    question, default, alternative = SWITCHES[key]
    before = question()
    with readings.choose(key):
        inside = question()
    after = question()
    assert (before.verdict.value, inside.verdict.value, after.verdict.value) == (
        default,
        alternative,
        default,
    )
    switched = _named(inside, key)
    assert switched.alternative_chosen
    assert switched.applied == switched.alternative != ""
    assert switched.confidence is Confidence.LOW
    assert inside.confidence is Confidence.LOW
    for finding in (before, after):
        named = [reading for reading in finding.readings if reading.key == key]
        assert all(not reading.alternative_chosen for reading in named)


@pytest.mark.parametrize("key", sorted(SWITCHES))
def test_the_applied_reading_is_in_the_exported_finding(key: str):
    """The finding's document names the alternative, and reads back unchanged."""
    question = SWITCHES[key][0]
    with readings.choose(key):
        finding = question()
    document = finding.as_dict()
    (written,) = [reading for reading in document["readings"] if reading["key"] == key]
    assert written["alternative_chosen"] is True
    assert written["confidence"] == "L"
    back = serialize.finding_from_dict(json.loads(json.dumps(document)))
    assert back == finding
    assert _named(back, key).alternative_chosen


def test_the_exported_finding_meets_its_schema():
    """The finding document with a chosen alternative is valid under the (closed) schema, and a
    document naming ``alternative_chosen`` with a non-boolean is refused by the codec."""
    jsonschema = pytest.importorskip("jsonschema")
    with readings.choose("quota.other_is_neither_sex"):
        document = quota.check_balance(Composition(2, 1, 1), DAY).as_dict()
    schema = serialize.schema("ingroeiquotum.finding")
    jsonschema.Draft202012Validator(schema).validate(json.loads(json.dumps(document)))
    bad = json.loads(json.dumps(document))
    bad["readings"][-1]["alternative_chosen"] = "yes"
    assert not jsonschema.Draft202012Validator(schema).is_valid(bad)
    with pytest.raises(ValueError, match="alternative_chosen"):
        serialize.finding_from_dict(bad)


def test_a_default_finding_document_has_no_new_key():
    """Under the library's own readings the document is as before (the key is added only)."""
    finding = quota.check_balance(Composition(2, 1, 1), DAY)
    assert all("alternative_chosen" not in reading for reading in finding.as_dict()["readings"])
    assert readings.applies("quota.other_is_neither_sex") is readings.OTHER_IS_NEITHER_SEX


def test_applies_outside_choose_is_the_reading_itself():
    """Outside any block every reading applies as defined (the very same objects)."""
    assert readings.chosen() == frozenset()
    for reading in readings.all_readings():
        assert readings.applies(reading.key) is reading
        assert readings.applies(reading) is reading


# -- refusals ----------------------------------------------------------------------------------


def test_an_unknown_key_is_refused_naming_it():
    """A key that names no reading is an InvalidArgument naming the key, at the call."""
    with pytest.raises(InvalidArgument) as caught:
        readings.choose("quota.listed_bv", "quota.no_such_reading")
    assert caught.value.field == "keys[1]"
    assert caught.value.value == "quota.no_such_reading"
    assert "quota.no_such_reading" in str(caught.value)
    assert readings.chosen() == frozenset()


@pytest.mark.parametrize("key", sorted(r.key for r in readings.all_readings() if not r.alternative))
def test_a_reading_without_alternative_is_refused_with_why(key: str):
    """A reading with no alternative cannot be switched; the error says why."""
    with pytest.raises(InvalidArgument, match="has no alternative") as caught:
        readings.choose(key)
    assert caught.value.value == key


@pytest.mark.parametrize("junk", [None, 3, b"quota.listed_bv", ["quota.listed_bv"], ""])
def test_junk_keys_are_refused(junk: Any):
    """Only strings that name a reading are keys."""
    with pytest.raises(InvalidArgument):
        readings.choose(junk)
    with pytest.raises(InvalidArgument):
        readings.applies(junk)


# -- the scope of a switch: nesting, exceptions, threads, tasks ---------------------------------


def test_nested_blocks_add_up_and_restore():
    """Keys add up in nested blocks; leaving the inner block restores the outer one's."""
    with readings.choose("quota.listed_bv") as outer:
        assert outer.keys == {"quota.listed_bv"}
        with readings.choose("targets.keeps_balance", "quota.listed_bv"):
            assert readings.chosen() == {"quota.listed_bv", "targets.keeps_balance"}
        assert readings.chosen() == {"quota.listed_bv"}
    assert readings.chosen() == frozenset()


def test_the_same_block_can_be_entered_twice():
    """One ``choose`` object used twice, nested, restores each level."""
    block = readings.choose("eu.rounding")
    with block:
        with block:
            assert readings.chosen() == {"eu.rounding"}
        assert readings.chosen() == {"eu.rounding"}
    assert readings.chosen() == frozenset()
    assert repr(block) == "choose('eu.rounding')"


def test_an_exception_inside_restores():
    """Leaving a block by an exception restores the readings applied before it."""
    question, default, _ = SWITCHES["quota.tipping_not_void"]
    with pytest.raises(ZeroDivisionError), readings.choose("quota.tipping_not_void"):
        1 / 0  # noqa: B018
    assert readings.chosen() == frozenset()
    assert question().verdict.value == default


def test_a_switch_in_one_thread_does_not_reach_another():
    """Two threads at the same time: only the one that switched sees the alternative."""
    question, default, alternative = SWITCHES["targets.keeps_balance"]
    inside = threading.Barrier(2)
    seen: dict[str, str] = {}

    def switching() -> None:
        with readings.choose("targets.keeps_balance"):
            inside.wait()  # the other thread asks while this block is open
            seen["switching"] = question().verdict.value
            inside.wait()

    def plain() -> None:
        inside.wait()
        seen["plain"] = question().verdict.value
        inside.wait()

    threads = [threading.Thread(target=switching), threading.Thread(target=plain)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert seen == {"switching": alternative, "plain": default}
    assert question().verdict.value == default


def test_a_switch_in_one_task_does_not_reach_another():
    """Two asyncio tasks interleaved: only the task that switched sees the alternative."""
    question, default, alternative = SWITCHES["reporting.deadline_months"]

    async def switching() -> list[str]:
        answers = []
        with readings.choose("reporting.deadline_months"):
            for _ in range(3):
                answers.append(question().verdict.value)
                await asyncio.sleep(0)
        return answers

    async def plain() -> list[str]:
        answers = []
        for _ in range(3):
            answers.append(question().verdict.value)
            await asyncio.sleep(0)
        return answers

    async def both() -> tuple[list[str], list[str]]:
        first, second = await asyncio.gather(switching(), plain())
        return first, second

    first, second = asyncio.run(both())
    assert first == [alternative] * 3
    assert second == [default] * 3


# -- the rules ask the one home: properties against hand sums ------------------------------------


@given(
    men=st.integers(0, 12), women=st.integers(0, 12), other=st.integers(0, 6),
    switched=st.booleans(),
)  # fmt: skip
def test_the_quota_counts_neither_sex_as_switched(men: int, women: int, other: int, switched: bool):
    """check_balance and is_balanced follow the switch: a third of the members counted."""
    counted = men + women + (0 if switched else other)
    minimum = -(-counted // 3)
    expected = men >= minimum and women >= minimum
    keys = ("quota.other_is_neither_sex",) if switched else ()
    with readings.choose(*keys):
        finding = quota.check_balance(Composition(men, women, other), DAY)
        assert quota.is_balanced(men, women, other) is expected
        assert quota.counts_neither_sex() is not switched
    assert finding.facts["minimum_per_sex"] == minimum
    assert (finding.verdict.value == "compliant") is expected


@given(end=st.dates(date(2023, 1, 1), date(2030, 12, 30)))
def test_the_deadline_runs_month_end_to_month_end_when_switched(end: date):
    """By the alternative a year ending on a month's last day is due on the tenth month's last
    day; other ends, and every end by default, keep the same day number (or the month's last)."""
    import calendar

    month = end.month + 10
    year, month = end.year + (month - 1) // 12, (month - 1) % 12 + 1
    last = calendar.monthrange(year, month)[1]
    same_day = date(year, month, min(end.day, last))
    month_end = end.day == calendar.monthrange(end.year, end.month)[1]
    assert reporting.deadline(end) == same_day
    with readings.choose("reporting.deadline_months"):
        assert reporting.deadline(end) == (date(year, month, last) if month_end else same_day)


def test_the_readings_page_shows_every_reading_switchable_or_not():
    """docs/explanation/readings.md has an example for each switchable reading and says why
    each other reading cannot be switched."""
    from pathlib import Path

    page = (Path(__file__).parents[2] / "docs" / "explanation" / "readings.md").read_text("utf-8")
    switching = page.split("## Choosing another reading", 1)[1]
    examples, fixed = switching.split("### The readings that cannot be switched", 1)
    fixed = fixed.split("\n## ", 1)[0]
    for reading in readings.all_readings():
        if reading.alternative:
            assert f"**`{reading.key}`**" in examples, reading.key
            assert f'"{reading.key}")' in examples, reading.key  # its example switches it
        else:
            assert f"`{reading.key}`" in fixed, reading.key


def test_a_report_keeps_the_readings_it_was_built_under():
    """The SER report built inside ``choose`` names the readings switched, keeps its deadline
    outside the block (31 July 2026 for a year ending 30 September 2025, month end to month end;
    30 July by default), and its document reads back unchanged and meets the schema."""
    from ingroeiquotum.company import FinancialYear, SizeFigures, Snapshot
    from ingroeiquotum.io import report as documents

    figures = SizeFigures(30e6, 60e6, 300)
    company = Company(
        "Voorbeeld BV", "BV",
        financial_years=[
            FinancialYear(date(2023, 10, 1), date(2024, 9, 30), figures),
            FinancialYear(date(2024, 10, 1), date(2025, 9, 30), figures),
        ],
        snapshots=[Snapshot("bestuur", date(2025, 9, 30), Composition(2, 1))],
    )  # fmt: skip
    plain = reporting.build_report(company, date(2025, 9, 30))
    with readings.choose("reporting.deadline_months"):
        switched = reporting.build_report(company, date(2025, 9, 30))
    assert (plain.readings_chosen, plain.deadline) == ((), date(2026, 7, 30))
    assert switched.readings_chosen == ("reporting.deadline_months",)
    assert switched.deadline == date(2026, 7, 31)
    document = documents.report_to_dict(switched)
    assert document["readings_chosen"] == ["reporting.deadline_months"]
    assert "readings_chosen" not in documents.report_to_dict(plain)
    assert documents.report_from_dict(json.loads(json.dumps(document, default=str))) == switched
    with readings.choose("reporting.deadline_months"):  # a report keeps its own readings
        assert plain.deadline == date(2026, 7, 30)
        again = documents.report_from_dict(documents.report_to_dict(plain))
    assert again == plain
    assert switched.deadline == date(2026, 7, 31)
    jsonschema = pytest.importorskip("jsonschema")
    schema = serialize.schema("ingroeiquotum.ser_report")
    jsonschema.Draft202012Validator(schema).validate(json.loads(json.dumps(document, default=str)))
    with pytest.raises(InvalidArgument, match="readings_chosen"):
        attrs.evolve(plain, readings_chosen=("targets.whole_persons",))


def test_a_pool_sees_a_switch_only_through_a_copy_of_the_context():
    """A thread pool's worker keeps the library's readings, unless the work runs in a copy of the
    context made inside the block (what the readings page advises)."""
    import contextvars
    from concurrent.futures import ThreadPoolExecutor

    question, default, alternative = SWITCHES["quota.other_is_neither_sex"]
    with ThreadPoolExecutor(max_workers=1) as pool, readings.choose("quota.other_is_neither_sex"):
        plain = pool.submit(question).result(timeout=30)
        copied = pool.submit(contextvars.copy_context().run, question).result(timeout=30)
    assert (plain.verdict.value, copied.verdict.value) == (default, alternative)


@given(
    outer=st.sets(st.sampled_from(sorted(SWITCHES))),
    inner=st.sets(st.sampled_from(sorted(SWITCHES))),
)
def test_applies_follows_exactly_the_keys_chosen(outer: set[str], inner: set[str]):
    """Inside nested blocks, a reading is switched exactly when an enclosing block names it; its
    switched form differs from the reading only in confidence and ``alternative_chosen``."""
    with readings.choose(*outer):
        with readings.choose(*inner):
            assert readings.chosen() == outer | inner
            for reading in readings.all_readings():
                side = readings.applies(reading.key)
                assert side.alternative_chosen is (reading.key in outer | inner)
                if side.alternative_chosen:
                    assert (
                        attrs.evolve(side, confidence=reading.confidence, alternative_chosen=False)
                        == reading
                    )
                    assert side.confidence is Confidence.LOW
                else:
                    assert side is reading
        assert readings.chosen() == outer
    assert readings.chosen() == frozenset()
