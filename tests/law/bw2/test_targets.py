"""
Tests for ``ingroeiquotum.targets``: targets (*streefcijfers*), art. 2:166 (NV) and 2:276 (BV) BW.

Expectations come from the rule book, section 2 and its Decisions: a target is met only in
whole persons (ceil(share * n)), it cannot be zero, it must ask for a more balanced ratio than
today unless the organ is already balanced (each sex at least 30 %) and the target keeps that
balance, and a joint target for the bestuur and the RvC is allowed only while each consists of
one person (art. 2:276 lid 2 BW). The on-track yardstick is the straight line from the base year
to the target in the target year (the library's reading ``targets.straight_path``).
"""

from __future__ import annotations

import itertools
import math
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import targets
from ingroeiquotum.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict
from ingroeiquotum.targets import Flow, Target, TargetForm
from oracles import SHARES, each_sex

ON = date(2025, 12, 31)


# Figures over two of the three limits of art. 2:397 BW under both the old and the new amounts
# (EUR 20/25 m balance-sheet total, EUR 40/50 m net turnover).
LARGE = SizeFigures(total_assets=30_000_000, net_turnover=60_000_000, employees=100)


SMALL = SizeFigures(total_assets=3_000_000, net_turnover=6_000_000, employees=10)


def calendar_year(year: int, figures: SizeFigures | None = None) -> FinancialYear:
    """The calendar financial year ``year``."""
    return FinancialYear(date(year, 1, 1), date(year, 12, 31), figures)


def company_with(
    compositions: dict[str, dict[int, tuple[int, ...]]],
    *,
    years: range = range(2022, 2028),
    legal_form: str = "BV",
    listed: bool = False,
    figures: SizeFigures | None = LARGE,
) -> Company:
    """A company with calendar years ``years`` and the given yearly compositions (at year end)."""
    return Company(
        "Proef B.V.",
        legal_form,
        listed=listed,
        financial_years=tuple(calendar_year(year, figures) for year in years),
        snapshots=tuple(
            Snapshot(organ, date(year, 12, 31), Composition(*counts))
            for organ, by_year in compositions.items()
            for year, counts in by_year.items()
        ),
    )


def test_rule_book_forty_percent_in_a_bestuur_of_two():
    """Rule book: "a target of 40 % in a bestuur of two is met only at 50 %"."""
    target = each_sex("40%")
    assert 1 == targets.persons_needed(target, 2)
    finding = targets.check_attainable(target, 2, ON)
    assert Verdict.COMPLIANT is finding.verdict
    assert 1 == finding.facts["persons_needed"]
    assert Fraction(1, 2) == finding.facts["effective_share"]
    assert "targets.attainable_rounded" == finding.message
    assert "targets.whole_persons" in {reading.key for reading in finding.readings}


@given(share=st.sampled_from(SHARES), members=st.integers(1, 30))
def test_attainable_every_size(share, members):
    """
    An each-sex target is attainable when the women and the men it takes fit in the organ
    (2 * ceil(share * n) <= n); the effective share is then ceil(share * n) / n. One property
    drawing the share of ``SHARES`` and the size 1..30.
    """
    needed = math.ceil(share * members)
    finding = targets.check_attainable(each_sex(share), members, ON)
    if 2 * needed <= members:
        assert Verdict.COMPLIANT is finding.verdict
        assert Fraction(needed, members) == finding.facts["effective_share"]
    else:
        assert Verdict.NOT_COMPLIANT is finding.verdict
        assert "targets.unattainable" == finding.message


@pytest.mark.parametrize("share", ["10%", "30%", "1/3", "50%"])
def test_one_person_organ_cannot_meet_an_each_sex_target(share):
    """One person cannot be at least x % women and at least x % men (x > 0): not appropriate."""
    finding = targets.check_attainable(each_sex(share), 1, ON)
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert "targets.unattainable" == finding.message
    assert 1 == finding.facts["persons_needed"]


def test_one_person_organ_women_share_is_attainable():
    """A women-share target of 30 % in a one-person organ is met by one woman (100 %)."""
    target = Target("bestuur", "women_share", "30%", target_year=2027)
    finding = targets.check_attainable(target, 1, ON)
    assert Verdict.COMPLIANT is finding.verdict
    assert Fraction(1) == finding.facts["effective_share"]


@pytest.mark.parametrize(("count", "members", "ok"), [(1, 2, True), (2, 2, True), (3, 2, False)])
def test_women_count_attainable(count, members, ok):
    """A number of women is attainable when it does not exceed the organ's size."""
    target = Target("bestuur", "women_count", count, target_year=2027)
    finding = targets.check_attainable(target, members, ON)
    assert (Verdict.COMPLIANT if ok else Verdict.NOT_COMPLIANT) is finding.verdict
    assert count == finding.facts["persons_needed"]


def test_empty_organ_cannot_decide():
    """An organ without members gives no size to judge a share against."""
    finding = targets.check_attainable(each_sex("30%"), 0, ON)
    assert Verdict.CANNOT_DECIDE is finding.verdict
    assert "members" in finding.missing


@settings(max_examples=200)
@given(
    share=st.fractions(min_value=0, max_value=1, max_denominator=200),
    members=st.integers(1, 60),
    form=st.sampled_from([TargetForm.EACH_SEX, TargetForm.WOMEN_SHARE]),
)
def test_effective_share_property(share, members, form):
    """
    Where a share target is attainable, the share it takes is at least the target and less
    than one person (1/n) above it.
    """
    target = Target("rvc", form, share, target_year=2027)
    finding = targets.check_attainable(target, members, ON)
    if finding.verdict is Verdict.COMPLIANT:
        effective = finding.facts["effective_share"]
        assert effective >= share
        assert effective - share < Fraction(1, members)
        assert (effective > share) == ("targets.attainable_rounded" == finding.message)


@pytest.mark.parametrize("form", list(TargetForm))
def test_zero_target_is_not_ambitious(form):
    """Rule book: a target "cannot be zero" for an organ without women."""
    target = Target("bestuur", form, 0, target_year=2027)
    finding = targets.check_ambition(target, Composition(men=2, women=0), ON)
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert "targets.zero" == finding.message


def test_two_men_target_one_woman_is_ambitious():
    """Rule book: a board of two men with a target of at least one woman is ambitious."""
    target = Target("bestuur", "women_count", 1, target_year=2027)
    finding = targets.check_ambition(target, Composition(men=2, women=0), ON)
    assert Verdict.COMPLIANT is finding.verdict
    assert "targets.ambitious" == finding.message


def test_balanced_organ_keeps_the_balance():
    """An already balanced organ may set a 30 % target that keeps the balance (Decision)."""
    finding = targets.check_ambition(each_sex("30%", "rvc"), Composition(men=3, women=3), ON)
    assert Verdict.COMPLIANT is finding.verdict
    assert "targets.keeps_balance" == finding.message
    assert "targets.keeps_balance" in {reading.key for reading in finding.readings}


@pytest.mark.parametrize(
    ("men", "women"),
    [(7, 3), (6, 4), (3, 7), (2, 1)],  # each sex at least 30 %
)
def test_balanced_organ_thirty_percent_keeps_balance(men, women):
    """Each sex at 30 % or more: a 30 % each-sex target keeps the balance."""
    finding = targets.check_ambition(each_sex("30%", "rvc"), Composition(men, women), ON)
    assert Verdict.COMPLIANT is finding.verdict


def test_balanced_organ_target_below_thirty_is_not_ambitious():
    """A balanced organ's target must itself ask for at least 30 % to keep the balance."""
    finding = targets.check_ambition(each_sex("20%", "rvc"), Composition(men=3, women=3), ON)
    assert Verdict.NOT_COMPLIANT is finding.verdict


@pytest.mark.parametrize("share", ["20%", "15%", "1/5", "10%"])
def test_unbalanced_target_at_or_below_current_share_is_not_ambitious(share):
    """4 men and 1 woman (20 % women): a target of 20 % or less asks nothing more."""
    finding = targets.check_ambition(each_sex(share, "rvc"), Composition(men=4, women=1), ON)
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert "targets.not_ambitious" == finding.message


def test_unbalanced_target_above_current_share_is_ambitious():
    """4 men and 1 woman (20 % women): a 30 % target asks for more balance."""
    finding = targets.check_ambition(each_sex("30%", "rvc"), Composition(men=4, women=1), ON)
    assert Verdict.COMPLIANT is finding.verdict
    assert "targets.ambitious" == finding.message


def test_empty_organ_ambition_cannot_decide():
    """An organ without members has no ratio today."""
    finding = targets.check_ambition(each_sex("30%"), Composition(0, 0), ON)
    assert Verdict.CANNOT_DECIDE is finding.verdict


def test_women_share_target_further_from_balance_is_not_ambitious():
    """1 man and 4 women (80 % women): a target of 90 % women moves away from balance."""
    target = Target("rvc", "women_share", "90%", target_year=2027)
    finding = targets.check_ambition(target, Composition(men=1, women=4), ON)
    assert Verdict.NOT_COMPLIANT is finding.verdict


def _ambitious_by_hand(form: TargetForm, value, men: int, women: int, other: int) -> bool:
    """
    The rule book's test, for a fully known organ of at least one member: a target is
    ambitious when it asks for more than the organ has today, or when the organ is balanced
    (each sex at least 30 % of the members) and the target itself asks for at least 30 %.
    A zero target is never ambitious.
    """
    members = men + women + other
    if value == 0:
        return False
    if form is TargetForm.EACH_SEX:
        today, asked = Fraction(min(men, women), members), Fraction(value)
        asks_more = Fraction(value) > today
    elif form is TargetForm.WOMEN_SHARE:
        today, asked = Fraction(women, members), Fraction(value)
        asks_more = Fraction(value) > today
    else:
        asked = Fraction(value, members)
        asks_more = value > women
    balanced = 10 * men >= 3 * members and 10 * women >= 3 * members
    return asks_more or (balanced and asked >= Fraction(3, 10))


@st.composite
def ambition_cases(draw):
    """
    A target and a composition with up to three members of unknown sex. Women-share and
    women-count targets ask for at most half women, so that asking for more women always
    means asking for more balance (the test above covers a target that moves away from balance).
    """
    men, women, other = (draw(st.integers(0, 6)) for _ in range(3))
    unknown = draw(st.integers(0, 3))
    members = men + women + other + unknown
    form = draw(st.sampled_from(TargetForm))
    if form is TargetForm.WOMEN_COUNT:
        value = draw(st.integers(0, members // 2))
    elif form is TargetForm.WOMEN_SHARE:
        value = draw(st.fractions(0, Fraction(1, 2), max_denominator=20))
    else:
        value = draw(st.fractions(0, Fraction(1, 2), max_denominator=20))
    return Target("rvc", form, value, target_year=2027), Composition(men, women, other, unknown)


@settings(max_examples=200)
@given(ambition_cases())
def test_ambition_unknown_sex_oracle(case):
    """
    Members of unknown sex: the verdict is the verdict of every possible assignment of them to
    man, woman or neither when those agree, and CANNOT_DECIDE only when they do not.
    """
    target, composition = case
    finding = targets.check_ambition(target, composition, ON)
    if target.value == 0:  # never ambitious, whatever the organ
        assert Verdict.NOT_COMPLIANT is finding.verdict
        return
    if composition.members == 0:
        assert Verdict.CANNOT_DECIDE is finding.verdict
        return
    answers = set()
    for assignment in itertools.product(("man", "woman", "other"), repeat=composition.unknown):
        men = composition.men + assignment.count("man")
        women = composition.women + assignment.count("woman")
        other = composition.other + assignment.count("other")
        answers.add(_ambitious_by_hand(target.form, target.value, men, women, other))
    if answers == {True}:
        assert Verdict.COMPLIANT is finding.verdict
    elif answers == {False}:
        assert Verdict.NOT_COMPLIANT is finding.verdict
    else:
        assert Verdict.CANNOT_DECIDE is finding.verdict
        assert "members_sex" in finding.missing


def test_unknown_sex_that_matters():
    """2 men, 1 woman, 1 unknown, target 30 % each sex: a man makes it 25 % (ambitious), a
    woman makes it 50/50 (balanced, keeps it): both compliant, so no 'cannot decide'."""
    finding = targets.check_ambition(each_sex("30%", "rvc"), Composition(2, 1, 0, 1), ON)
    assert Verdict.COMPLIANT is finding.verdict


def test_unknown_sex_decides_between_verdicts():
    """
    3 men, 1 woman, 1 unknown, target 25 % each sex: with a woman (3/2, 40 %) the organ is
    balanced but 25 % does not keep it; with a man (4/1, 20 %) 25 % asks for more. Not known.
    """
    finding = targets.check_ambition(each_sex("25%", "rvc"), Composition(3, 1, 0, 1), ON)
    assert Verdict.CANNOT_DECIDE is finding.verdict
    assert "members_sex" in finding.missing


def test_ambition_current_must_be_a_composition():
    """The organ's composition must be a Composition."""
    with pytest.raises(InvalidArgument) as info:
        targets.check_ambition(each_sex("30%"), (2, 1), ON)
    assert "current" == info.value.field


def test_progress_met():
    """2 men and 1 woman against 30 % each sex: 33.3 % >= 30 %, met."""
    company = company_with({"bestuur": {2023: (3, 0), 2025: (2, 1)}})
    finding = targets.check_progress(each_sex("30%", base_year=2023), company, date(2025, 12, 31))
    assert Verdict.COMPLIANT is finding.verdict
    assert "targets.met" == finding.message
    assert finding.facts["met"] is True
    assert 0 == finding.facts["women_gap"]
    assert 0 == finding.facts["men_gap"]


def test_progress_missed_after_target_year():
    """4 men and 1 woman at the end of the target year against 30 %: 20 %, missed by 1 woman."""
    company = company_with({"bestuur": {2023: (5, 0), 2027: (4, 1)}})
    target = each_sex("30%", base_year=2023, target_year=2027)
    finding = targets.check_progress(target, company, date(2027, 12, 31))
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert "targets.missed" == finding.message
    assert finding.facts["met"] is False
    assert 2 == finding.facts["persons_needed"]  # ceil(0.3 * 5)
    assert 1 == finding.facts["women_gap"]
    assert 0 == finding.facts["men_gap"]


def _women_share_company(women_2024: int, members_2024: int) -> Company:
    return company_with(
        {"rvc": {2022: (9, 1), 2024: (members_2024 - women_2024, women_2024)}},
        years=range(2022, 2027),
    )


def test_progress_on_track():
    """
    Base 2022: 1 woman of 10 (10 %); target 40 % women by 2026. The straight line stands in
    2024 at 10 % + (40 % - 10 %) * 2/4 = 25 %. With 3 of 10 (30 %) the organ is on track.
    """
    target = Target("rvc", "women_share", "40%", target_year=2026, base_year=2022)
    finding = targets.check_progress(target, _women_share_company(3, 10), date(2024, 12, 31))
    assert Verdict.COMPLIANT is finding.verdict
    assert "targets.on_track" == finding.message
    assert Fraction(1, 4) == finding.facts["expected"]
    assert 2022 == finding.facts["base_year"]
    assert Fraction(1, 10) == finding.facts["base"]
    assert "targets.straight_path" in {reading.key for reading in finding.readings}


def test_progress_exactly_on_the_line_is_on_track():
    """1 woman of 4 (25 %) in 2024 stands exactly on the line: on track."""
    target = Target("rvc", "women_share", "40%", target_year=2026, base_year=2022)
    finding = targets.check_progress(target, _women_share_company(1, 4), date(2024, 12, 31))
    assert Verdict.COMPLIANT is finding.verdict
    assert "targets.on_track" == finding.message


def test_progress_off_track_with_gap():
    """
    2 of 10 women (20 %) in 2024 is below the line's 25 %: off track. The target takes
    ceil(0.4 * 10) = 4 women, so the gap is 2 women.
    """
    target = Target("rvc", "women_share", "40%", target_year=2026, base_year=2022)
    finding = targets.check_progress(target, _women_share_company(2, 10), date(2024, 12, 31))
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert "targets.off_track" == finding.message
    assert 4 == finding.facts["persons_needed"]
    assert 2 == finding.facts["women_gap"]
    assert 0 == finding.facts["men_gap"]


def test_progress_each_sex_gap_counts_men_too():
    """1 man and 6 women against 40 % each sex (ceil(2.8) = 3): 2 men missing, 0 women."""
    company = company_with({"bestuur": {2022: (1, 6), 2027: (1, 6)}})
    finding = targets.check_progress(each_sex("40%", base_year=2022), company, date(2027, 12, 31))
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert 3 == finding.facts["persons_needed"]
    assert 0 == finding.facts["women_gap"]
    assert 2 == finding.facts["men_gap"]


def test_progress_base_defaults_to_first_known_year():
    """
    Without a base year the first year with a composition is the base: 2023, 0 of 5 women
    (each sex: 0 %); target 40 % by 2027; in 2025 the line stands at 40 % * 2/4 = 20 %.
    1 woman of 5 (20 %) is on track.
    """
    company = company_with({"bestuur": {2023: (5, 0), 2025: (4, 1)}})
    target = each_sex("40%", target_year=2027)
    finding = targets.check_progress(target, company, date(2025, 12, 31))
    assert Verdict.COMPLIANT is finding.verdict
    assert 2023 == finding.facts["base_year"]
    assert Fraction(1, 5) == finding.facts["expected"]


def test_progress_women_count():
    """A target of 2 women; 1 woman at the end of the target year: missed by 1."""
    company = company_with({"bestuur": {2022: (3, 0), 2026: (2, 1)}})
    target = Target("bestuur", "women_count", 2, target_year=2026, base_year=2022)
    finding = targets.check_progress(target, company, date(2026, 12, 31))
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert "targets.missed" == finding.message
    assert 1 == finding.facts["women_gap"]


def test_progress_without_composition_cannot_decide():
    """No figures for the organ at the year end: cannot decide, naming the missing fact."""
    company = company_with({"bestuur": {2022: (3, 0)}})
    finding = targets.check_progress(each_sex("30%"), company, date(2025, 12, 31))
    assert Verdict.CANNOT_DECIDE is finding.verdict
    assert ("composition:bestuur",) == finding.missing


def test_progress_joint_target_counts_both_organs():
    """A joint target counts the bestuur and the RvC together: 1 man + 1 woman = 50 %."""
    company = company_with({"bestuur": {2025: (1, 0)}, "rvc": {2025: (0, 1)}})
    target = each_sex("40%", joint_with="rvc")
    finding = targets.check_progress(target, company, date(2025, 12, 31))
    assert Verdict.COMPLIANT is finding.verdict
    assert 2 == finding.facts["members"]


def test_progress_unknown_financial_year():
    """A financial year the company did not have is a bad argument."""
    company = company_with({"bestuur": {2025: (1, 1)}})
    with pytest.raises(InvalidArgument):
        targets.check_progress(each_sex("30%"), company, date(2025, 6, 30))


def _large_bv(**compositions: tuple[int, int]) -> Company:
    """A BV over EUR 25 m assets and EUR 50 m turnover in 2024 and 2025: large in 2025."""
    return Company(
        "Groot B.V.",
        "BV",
        financial_years=(calendar_year(2024, LARGE), calendar_year(2025, LARGE)),
        snapshots=tuple(
            Snapshot(organ.replace("__", ":"), date(2025, 12, 31), Composition(*counts))
            for organ, counts in compositions.items()
        ),
    )


def _by_subject(findings):
    return {finding.subject: finding for finding in findings}


def test_large_bv_needs_a_target_for_each_organ():
    """A large BV: bestuur, RvC and each subtop category need a target."""
    company = _large_bv(bestuur=(2, 1), rvc=(3, 1), subtop__A=(5, 2), subtop__B=(4, 4))
    chosen = [each_sex("30%", organ) for organ in ("bestuur", "rvc", "subtop:A", "subtop:B")]
    findings = targets.check_presence(company, date(2025, 12, 31), chosen)
    assert ["bestuur", "rvc", "subtop:A", "subtop:B"] == [f.subject for f in findings]
    assert all(Verdict.COMPLIANT is finding.verdict for finding in findings)
    assert all(finding.citations for finding in findings)


def test_large_bv_missing_targets():
    """Only a bestuur target: the RvC and both subtop categories miss one."""
    company = _large_bv(bestuur=(2, 1), rvc=(3, 1), subtop__A=(5, 2), subtop__B=(4, 4))
    findings = _by_subject(targets.check_presence(company, date(2025, 12, 31), [each_sex("30%")]))
    assert Verdict.COMPLIANT is findings["bestuur"].verdict
    for organ in ("rvc", "subtop:A", "subtop:B"):
        assert Verdict.NOT_COMPLIANT is findings[organ].verdict
        assert "targets.missing" == findings[organ].message


def test_flow_target_is_not_a_target_for_the_organ():
    """An inflow target on the RvC does not stand in for the RvC's own target."""
    company = _large_bv(bestuur=(2, 1), rvc=(3, 1))
    inflow = Target("rvc", "women_share", "50%", target_year=2027, flow="inflow")
    findings = _by_subject(targets.check_presence(company, date(2025, 12, 31), [inflow]))
    assert Verdict.NOT_COMPLIANT is findings["rvc"].verdict


def test_listed_nv_needs_no_rvc_target():
    """A listed NV has the quota on its RvC instead of a target."""
    company = Company(
        "Beurs N.V.",
        "NV",
        listed=True,
        financial_years=(calendar_year(2024, LARGE), calendar_year(2025, LARGE)),
        snapshots=(
            Snapshot("bestuur", date(2025, 12, 31), Composition(2, 1)),
            Snapshot("rvc", date(2025, 12, 31), Composition(4, 2)),
            Snapshot("subtop:A", date(2025, 12, 31), Composition(6, 3)),
        ),
    )
    chosen = [each_sex("30%"), each_sex("30%", "subtop:A")]
    findings = targets.check_presence(company, date(2025, 12, 31), chosen)
    assert ["bestuur", "subtop:A"] == [finding.subject for finding in findings]
    assert all(Verdict.COMPLIANT is finding.verdict for finding in findings)


def test_joint_target_with_one_person_organs():
    """Art. 2:276 lid 2 BW: a bestuur and an RvC of one person each may share one target."""
    company = _large_bv(bestuur=(1, 0), rvc=(0, 1), subtop__A=(2, 2))
    chosen = [each_sex("30%", joint_with="rvc"), each_sex("30%", "subtop:A")]
    findings = _by_subject(targets.check_presence(company, date(2025, 12, 31), chosen))
    assert Verdict.COMPLIANT is findings["bestuur"].verdict
    assert Verdict.COMPLIANT is findings["rvc"].verdict


def test_joint_target_with_a_larger_rvc_does_not_count():
    """A joint target does not count while the RvC has three members."""
    company = _large_bv(bestuur=(1, 0), rvc=(2, 1), subtop__A=(2, 2))
    chosen = [each_sex("30%", joint_with="rvc"), each_sex("30%", "subtop:A")]
    findings = _by_subject(targets.check_presence(company, date(2025, 12, 31), chosen))
    for organ in ("bestuur", "rvc"):
        assert Verdict.NOT_COMPLIANT is findings[organ].verdict
        assert "targets.joint_not_allowed" == findings[organ].message
    assert Verdict.COMPLIANT is findings["subtop:A"].verdict


def test_joint_target_unknown_sizes_cannot_decide():
    """Without the RvC's composition the joint target cannot be judged."""
    company = _large_bv(bestuur=(1, 0), subtop__A=(2, 2))
    chosen = [each_sex("30%", joint_with="rvc"), each_sex("30%", "subtop:A")]
    findings = _by_subject(targets.check_presence(company, date(2025, 12, 31), chosen))
    assert Verdict.CANNOT_DECIDE is findings["bestuur"].verdict
    assert "composition:rvc" in findings["bestuur"].missing


def test_company_not_large_not_applicable():
    """A company under the limits has no targets duty: one NOT_APPLICABLE finding."""
    company = Company(
        "Klein B.V.",
        "BV",
        financial_years=(calendar_year(2024, SMALL), calendar_year(2025, SMALL)),
    )
    findings = targets.check_presence(company, date(2025, 12, 31), [])
    assert 1 == len(findings)
    assert Verdict.NOT_APPLICABLE is findings[0].verdict
    assert "targets.present" == findings[0].rule


def test_presence_rejects_non_targets():
    """Every item of ``targets`` must be a Target."""
    company = _large_bv(bestuur=(2, 1))
    with pytest.raises(InvalidArgument) as info:
        targets.check_presence(company, date(2025, 12, 31), ["30%"])
    assert "targets[0]" == info.value.field


def test_flow_targets_missing_is_advisory():
    """The SER recommends inflow/promotion targets; not having one is advice, not a breach."""
    finding = targets.check_flow_targets([each_sex("30%")], ON, legal_form="NV")
    assert finding.advisory is True
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert "targets.flow_is_advice" in {reading.key for reading in finding.readings}
    assert finding.citations


def test_flow_targets_present_is_advisory():
    """An inflow target satisfies the advice; the finding stays advisory."""
    inflow = Target("subtop:A", "women_share", "50%", target_year=2027, flow=Flow.INFLOW)
    finding = targets.check_flow_targets([inflow], ON)
    assert finding.advisory is True
    assert Verdict.COMPLIANT is finding.verdict
    assert ("inflow:subtop:A",) == finding.facts["flow_targets"]


def test_the_issues_example_cannot_be_decided():
    """
    9 men, 4 women and 1 member of unknown sex against 30 % of each sex in the target year:
    14 members need ceil(4.2) = 5 women; whether the 14th is a woman decides it.
    """
    company = company_with({"bestuur": {2027: (9, 4, 0, 1)}})
    finding = targets.check_progress(each_sex("30%"), company, date(2027, 12, 31))
    assert Verdict.CANNOT_DECIDE == finding.verdict
    assert ("members_sex",) == finding.missing
    assert (1, 0, 1) == (
        finding.facts["women_gap"],
        finding.facts["men_gap"],
        finding.facts["unknown"],
    )
    assert finding.facts["met"] is None


def _assignments(men, women, other, unknown):
    for extra_men in range(unknown + 1):
        for extra_women in range(unknown - extra_men + 1):
            yield men + extra_men, women + extra_women, other + unknown - extra_men - extra_women


@given(
    counts=st.tuples(*[st.integers(0, 5)] * 3, st.integers(1, 3)),
    share=st.sampled_from(["20%", "30%", "1/3", "40%", "50%"]),
    form=st.sampled_from(list(TargetForm)),
    year=st.sampled_from([2025, 2027]),
)
def test_progress_is_decided_only_when_every_assignment_agrees(counts, share, form, year):
    """
    Brute force: each way of giving the unknown members a sex (man, woman, other) is judged
    as a fully known organ; the verdict with unknowns is that verdict where all agree, else
    'cannot decide'. Before the target year (2025) the straight path from 2022 applies too.
    """
    value = 2 if form is TargetForm.WOMEN_COUNT else share
    target = Target("bestuur", form, value, target_year=2027)
    men, women, other, unknown = counts
    base = {2022: (4, 1)}

    def verdict(composition):
        company = company_with({"bestuur": {**base, year: composition}})
        return targets.check_progress(target, company, date(year, 12, 31)).verdict

    outcomes = {verdict(each) for each in _assignments(men, women, other, unknown)}
    actual = verdict((men, women, other, unknown))
    if len(outcomes) == 1:
        assert outcomes == {actual}
    else:
        assert Verdict.CANNOT_DECIDE == actual
