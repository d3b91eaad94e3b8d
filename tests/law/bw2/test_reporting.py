"""
Tests for ``ingroeiquotum.reporting``: the report to the SER, its deadline, its completeness,
its export, and the bestuursverslag paragraph built from it (``i18n.bestuursverslag``).

The deadline follows the rule book's Decision (section 3): the day with the same number in the
tenth month after the end of the financial year, or that month's last day where it has no such
day; no weekend roll-over. The expectations below are written out by hand or computed with
``calendar.monthrange``, never with dateutil.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import i18n, reporting, samples
from ingroeiquotum.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidDate,
    LoadError,
    NoRuleInForce,
)
from ingroeiquotum.findings import Verdict
from ingroeiquotum.organs import Organ, OrganKind
from ingroeiquotum.plan import Lever, Measure, Plan
from ingroeiquotum.reporting import OrganReport, OtherCounting
from ingroeiquotum.targets import Target
from oracles import MONTH_END_DEADLINES, report_schema_validator, ten_months_later
from regenerate_golden_reporting import LANGUAGES, golden_path, render, sample_report
from strategies_reporting import reports

FY_2025 = date(2025, 12, 31)


LARGE = SizeFigures(total_assets=30_000_000, net_turnover=60_000_000, employees=100)


SMALL = SizeFigures(total_assets=3_000_000, net_turnover=6_000_000, employees=10)


# Every month end of 2023 and 2024, worked out by hand: ten months on, same day number, else
# the last day of that month (2024 is a leap year, 2025 is not).


def test_month_end_table_is_complete():
    """The table covers all 24 month ends of 2023 and 2024 and agrees with the calendar module."""
    ends = {
        date(year, month, calendar.monthrange(year, month)[1])
        for year in (2023, 2024)
        for month in range(1, 13)
    }
    assert ends == set(MONTH_END_DEADLINES)
    assert {end: ten_months_later(end) for end in ends} == MONTH_END_DEADLINES


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 3, 1), date(2024, 12, 31), date(2025, 10, 31)),  # short first year
        (date(2023, 7, 1), date(2024, 12, 31), date(2025, 10, 31)),  # long first year
        (date(2024, 1, 1), date(2024, 12, 31), date(2025, 10, 31)),  # calendar year
        (date(2024, 7, 1), date(2025, 6, 30), date(2026, 4, 30)),  # broken year
    ],
)
def test_deadline_depends_only_on_the_end(start, end, expected):
    """A short, long or broken financial year: only its last day counts."""
    company = Company("Jaar B.V.", "BV", financial_years=(FinancialYear(start, end, LARGE),))
    report = reporting.build_report(company, end)
    assert expected == report.deadline
    assert expected.isoformat() == reporting.report_to_dict(report)["deadline"]


def test_report_deadline_none_outside_the_act():
    """A report over a year without a reporting duty has no deadline (None), not an error."""
    company = Company(
        "Oud B.V.", "BV", financial_years=(FinancialYear(date(2021, 1, 1), date(2021, 12, 31)),)
    )
    assert reporting.build_report(company, date(2021, 12, 31)).deadline is None


@pytest.mark.parametrize(
    ("submitted_on", "as_of", "verdict", "message"),
    [
        (date(2025, 6, 1), date(2025, 12, 1), Verdict.COMPLIANT, "reporting.on_time"),
        (date(2025, 10, 31), date(2025, 12, 1), Verdict.COMPLIANT, "reporting.on_time"),
        (date(2025, 11, 1), date(2025, 12, 1), Verdict.NOT_COMPLIANT, "reporting.late"),
        (None, date(2025, 11, 1), Verdict.NOT_COMPLIANT, "reporting.overdue"),
        (None, date(2025, 10, 31), Verdict.CANNOT_DECIDE, "reporting.open"),
        (None, date(2025, 3, 1), Verdict.CANNOT_DECIDE, "reporting.open"),
    ],
)
def test_check_deadline(submitted_on, as_of, verdict, message):
    """FY 2024 is due on 31 October 2025: on time up to and including that day."""
    finding = reporting.check_deadline(date(2024, 12, 31), submitted_on=submitted_on, as_of=as_of)
    assert verdict is finding.verdict
    assert message == finding.message
    assert date(2025, 10, 31) == finding.facts["deadline"]
    assert "reporting.deadline_months" in {reading.key for reading in finding.readings}
    assert finding.citations


def test_check_deadline_cites_the_legal_form():
    """An NV's report is due under art. 2:166 lid 3, a BV's under art. 2:276 lid 3 BW."""
    kwargs = {"submitted_on": None, "as_of": date(2025, 1, 1)}
    nv = reporting.check_deadline(date(2024, 12, 31), legal_form="NV", **kwargs)
    bv = reporting.check_deadline(date(2024, 12, 31), legal_form="BV", **kwargs)
    assert "166" in nv.article
    assert "276" in bv.article


def test_check_deadline_before_the_act_is_not_applicable():
    """FY 2021: reporting was voluntary, so the deadline rule does not apply."""
    finding = reporting.check_deadline(
        date(2021, 12, 31), submitted_on=None, as_of=date(2022, 12, 1)
    )
    assert Verdict.NOT_APPLICABLE is finding.verdict


def test_check_deadline_open_is_not_compliant():
    """
    Not submitted and not yet due: an open question (cannot decide, naming the submission
    date), never a pass.
    """
    finding = reporting.check_deadline(
        date(2024, 12, 31), submitted_on=None, as_of=date(2025, 6, 1)
    )
    assert Verdict.CANNOT_DECIDE is finding.verdict
    assert "reporting.open" == finding.message
    assert ("submitted_on",) == finding.missing
    assert date(2025, 10, 31) == finding.facts["deadline"]
    assert date(2025, 6, 1) == finding.facts["as_of"]
    for language in ("nl", "en"):
        text = i18n.explain(finding, language)
        assert "2025" in text
        assert "{" not in text


BROKEN_2029 = FinancialYear(date(2029, 7, 1), date(2030, 6, 30), LARGE)


BROKEN_2021 = FinancialYear(date(2021, 7, 1), date(2022, 6, 30), LARGE)


def _broken_company(last: FinancialYear) -> Company:
    """A large BV with broken years (1 July - 30 June) up to ``last``."""
    first = last.start.year - 2
    years = tuple(
        FinancialYear(date(year, 7, 1), date(year + 1, 6, 30), LARGE)
        for year in range(first, last.start.year)
    )
    return Company("Gebroken B.V.", "BV", financial_years=(*years, last))


def test_broken_year_starting_2029_has_duty_and_deadline():
    """
    FY 2029-07-01/2030-06-30 starts while the act is in force: the duty applies and the report
    is due ten months after 30 June 2030, on 30 April 2031, though the act lapsed on 1 January
    2030 (reading scope.act_coverage).
    """
    from ingroeiquotum import scope

    company = _broken_company(BROKEN_2029)
    duty = scope.targets_duty(company, BROKEN_2029.end)
    assert Verdict.APPLIES is duty.verdict
    assert "scope.act_coverage" in {reading.key for reading in duty.readings}
    assert date(2031, 4, 30) == reporting.deadline(
        BROKEN_2029.end, financial_year_start=BROKEN_2029.start
    )
    late = reporting.check_deadline(
        BROKEN_2029.end,
        financial_year_start=BROKEN_2029.start,
        submitted_on=None,
        as_of=date(2031, 5, 1),
    )
    assert (Verdict.NOT_COMPLIANT, "reporting.overdue") == (late.verdict, late.message)
    assert "scope.act_coverage" in {reading.key for reading in late.readings}
    report = reporting.build_report(company, BROKEN_2029.end)
    assert date(2031, 4, 30) == report.deadline
    assert report.large is True


def test_broken_year_starting_2021_has_no_duty_and_is_never_overdue():
    """
    FY 2021-07-01/2022-06-30 started before the act: no duty, no deadline, and the deadline
    check is not applicable however late it is judged.
    """
    from ingroeiquotum import scope

    company = _broken_company(BROKEN_2021)
    duty = scope.targets_duty(company, BROKEN_2021.end)
    assert Verdict.NOT_APPLICABLE is duty.verdict
    assert "scope.not_covered" == duty.message
    assert date(2021, 7, 1) == duty.facts["financial_year_start"]
    with pytest.raises(NoRuleInForce):
        reporting.deadline(BROKEN_2021.end, financial_year_start=BROKEN_2021.start)
    for as_of in (date(2022, 7, 1), date(2023, 5, 1), date(2030, 1, 1)):
        finding = reporting.check_deadline(
            BROKEN_2021.end,
            financial_year_start=BROKEN_2021.start,
            submitted_on=None,
            as_of=as_of,
        )
        assert Verdict.NOT_APPLICABLE is finding.verdict
        assert "scope.not_covered" == finding.message
    report = reporting.build_report(company, BROKEN_2021.end)
    assert report.deadline is None
    assert report.large is False
    assert Verdict.NOT_APPLICABLE is reporting.check_completeness(report).verdict


def test_uncovered_year_without_figures_has_no_duty_in_the_report():
    """Coverage decides before size: a year before the act needs no size figures."""
    year = FinancialYear(date(2021, 7, 1), date(2022, 6, 30))
    report = reporting.build_report(Company("X", "BV", financial_years=(year,)), year.end)
    assert report.large is False
    assert report.deadline is None


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(min_value=date(2019, 1, 1), max_value=date(2032, 12, 31)),
    months=st.integers(min_value=1, max_value=23),
)
def test_duty_covered_exactly_when_deadline_exists(start, months):
    """
    For any financial year (1 to 23 months long), the targets duty is not refused for want of
    coverage exactly when the deadline exists, and the deadline check is never overdue for a
    year without a deadline.
    """
    from ingroeiquotum import scope

    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    end = date(year, month + 1, 1) - timedelta(days=1)
    financial_year = FinancialYear(start, end, LARGE)
    company = Company("X", "BV", financial_years=(financial_year,))
    duty = scope.targets_duty(company, end)
    not_covered = duty.message in ("scope.not_covered", "scope.not_covered_lapsed")
    try:
        reporting.deadline(end, financial_year_start=start)
    except NoRuleInForce:
        has_deadline = False
    else:
        has_deadline = True
    assert not_covered is not has_deadline
    expected_covered = date(2022, 1, 1) <= start < date(2030, 1, 1)  # the rule book, by hand
    assert expected_covered is has_deadline
    check = reporting.check_deadline(
        end, financial_year_start=start, submitted_on=None, as_of=date(2040, 1, 1)
    )
    assert (check.verdict is Verdict.NOT_APPLICABLE) is not has_deadline
    assert (reporting.build_report(company, end).deadline is None) is not has_deadline


def _sample(other_counting=OtherCounting.UNDER_REPRESENTED):
    return reporting.build_report(
        samples.sample_company(),
        FY_2025,
        targets=samples.sample_targets(),
        plan=samples.sample_plan(),
        reasons=samples.sample_reasons(),
        other_counting=other_counting,
    )


def test_sample_report_organ_figures():
    """
    The sample's year-end 2025 figures (samples._COMPOSITIONS): bestuur 2 men, 1 woman; RvC
    5 men, 1 woman; Directeuren 12/6; Afdelingshoofden 37 men, 18 women, 1 other. Counting the
    one 'other' with the under-represented sex (women: 18 < 37) reports 37 men and 19 women.
    """
    report = _sample()
    figures = {str(line.organ): (line.reported_men, line.reported_women) for line in report.organs}
    assert {
        "bestuur": (2, 1),
        "rvc": (5, 1),
        "subtop:Directeuren": (12, 6),
        "subtop:Afdelingshoofden": (37, 19),
    } == figures
    assert Composition(37, 18, 1) == report.organ("subtop:Afdelingshoofden").composition
    assert OtherCounting.UNDER_REPRESENTED is report.other_counting


def test_sample_report_not_counted():
    """Leaving 'other' out reports 37 men and 18 women."""
    line = _sample(OtherCounting.NOT_COUNTED).organ("subtop:Afdelingshoofden")
    assert (37, 18) == (line.reported_men, line.reported_women)


def test_other_counting_tie_goes_to_women():
    """With as many men as women, a person registered as neither is counted with the women."""
    company = Company(
        "Gelijk B.V.",
        "BV",
        financial_years=(FinancialYear(date(2025, 1, 1), FY_2025, LARGE),),
        snapshots=(Snapshot("bestuur", FY_2025, Composition(2, 2, 1)),),
    )
    line = reporting.build_report(company, FY_2025).organ("bestuur")
    assert (2, 3) == (line.reported_men, line.reported_women)


def test_other_counted_with_men_where_men_are_fewer():
    """1 man, 4 women, 1 other: the men are under-represented, so 2 men and 4 women."""
    company = Company(
        "Vrouwen B.V.",
        "BV",
        financial_years=(FinancialYear(date(2025, 1, 1), FY_2025, LARGE),),
        snapshots=(Snapshot("bestuur", FY_2025, Composition(1, 4, 1)),),
    )
    line = reporting.build_report(company, FY_2025).organ("bestuur")
    assert (2, 4) == (line.reported_men, line.reported_women)


def test_sample_report_targets_met():
    """
    By hand: bestuur 1/3 >= 33 %, met; RvC has the quota, no target; Directeuren 6/18 = 33.3 %
    >= 30 %, met; Afdelingshoofden min(18, 37)/56 = 32.1 % < 35 % in the target year 2025,
    not met, with the sample's reason.
    """
    report = _sample()
    met = {str(line.organ): line.target_met for line in report.organs}
    assert {
        "bestuur": True,
        "rvc": None,
        "subtop:Directeuren": True,
        "subtop:Afdelingshoofden": False,
    } == met
    assert report.organ("rvc").target is None
    assert (
        samples.sample_reasons()["subtop:Afdelingshoofden"]
        == report.organ("subtop:Afdelingshoofden").reason
    )
    assert report.organ("bestuur").reason is None


def test_sample_report_header():
    """The sample is a large listed NV with a two-tier board; its FY 2025 is due 2026-10-31."""
    report = _sample()
    assert "Polderchemie N.V." == report.company
    assert report.listed is True
    assert report.large is True
    assert date(2026, 10, 31) == report.deadline
    assert "00000000" == report.kvk
    assert "20" == report.sector
    assert samples.sample_plan() == report.plan
    assert report.organ("subtop:Onbekend") is None


def test_build_report_unknown_year():
    """A financial year the company did not have is refused with InvalidDate."""
    with pytest.raises(InvalidDate):
        reporting.build_report(samples.sample_company(), date(2025, 6, 30))
    with pytest.raises(InvalidDate):
        reporting.build_report(samples.sample_company(), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"targets": ["30%"]}, "targets[0]"),
        ({"plan": "a plan"}, "plan"),
        ({"other_counting": "sometimes"}, "other_counting"),
    ],
)
def test_build_report_bad_arguments(kwargs, field):
    """Bad arguments name the field."""
    with pytest.raises(InvalidArgument) as info:
        reporting.build_report(samples.sample_company(), FY_2025, **kwargs)
    assert field == info.value.field


def _incomplete_company() -> Company:
    """
    A large BV without KvK number and sector; its subtop category 'Team' has figures for 2024
    only, so none at the end of 2025.
    """
    return Company(
        "Onvolledig B.V.",
        "BV",
        financial_years=(
            FinancialYear(date(2024, 1, 1), date(2024, 12, 31), LARGE),
            FinancialYear(date(2025, 1, 1), FY_2025, LARGE),
        ),
        snapshots=(
            Snapshot("bestuur", FY_2025, Composition(2, 1)),
            Snapshot("rvc", FY_2025, Composition(3, 1)),
            Snapshot("subtop:Team", date(2024, 12, 31), Composition(5, 5)),
        ),
    )


def test_completeness_lists_every_missing_field():
    """
    Missing at once: KvK number, sector, the subtop composition, the RvC target, the reason
    for the bestuur target missed in its target year (1/3 < 40 %), and the plan.
    """
    company = _incomplete_company()
    chosen = [
        Target("bestuur", "each_sex", "40%", target_year=2025),
        Target("subtop:Team", "each_sex", "30%", target_year=2027),
    ]
    report = reporting.build_report(company, FY_2025, targets=chosen)
    assert report.organ("bestuur").target_met is False
    finding = reporting.check_completeness(report, company)
    assert Verdict.NOT_COMPLIANT is finding.verdict
    assert "reporting.incomplete" == finding.message
    assert {
        "kvk",
        "sector",
        "composition:subtop:Team",
        "target:rvc",
        "reason:bestuur",
        "plan",
    } == set(finding.missing)
    assert len(finding.missing) == len(set(finding.missing))
    assert finding.citations


def test_completeness_reason_not_needed_before_target_year():
    """A target not met before its target year needs no reason yet."""
    company = _incomplete_company()
    chosen = [Target("bestuur", "each_sex", "40%", target_year=2027)]
    report = reporting.build_report(company, FY_2025, targets=chosen)
    finding = reporting.check_completeness(report)
    assert "reason:bestuur" not in finding.missing


def test_completeness_a_plan_without_measures_is_missing():
    """A plan with no measures is no plan."""
    report = reporting.build_report(_incomplete_company(), FY_2025, plan=Plan(()))
    assert "plan" in reporting.check_completeness(report).missing


def test_completeness_unknown_sex_is_reported():
    """Members of unknown sex make the figures incomplete."""
    company = Company(
        "Onbekend B.V.",
        "BV",
        financial_years=(
            FinancialYear(date(2024, 1, 1), date(2024, 12, 31), LARGE),
            FinancialYear(date(2025, 1, 1), FY_2025, LARGE),
        ),
        snapshots=(Snapshot("bestuur", FY_2025, Composition(2, 1, 0, 1)),),
    )
    report = reporting.build_report(company, FY_2025)
    assert "unknown_sex:bestuur" in reporting.check_completeness(report).missing


def test_completeness_inconsistent_seats():
    """
    The RvC's seats on 2025-12-31 hold 2 men and 1 woman, but the snapshot says 3 men: the
    report's figures disagree with the seats, 'inconsistent:rvc'.
    """
    seats = {
        "rvc": [
            Seat("man", date(2020, 1, 1)),
            Seat("man", date(2021, 1, 1)),
            Seat("woman", date(2022, 1, 1)),
            Seat("woman", date(2019, 1, 1), end=date(2023, 6, 30)),
        ]
    }
    company = Company(
        "Tegenstrijdig B.V.",
        "BV",
        financial_years=(
            FinancialYear(date(2024, 1, 1), date(2024, 12, 31), LARGE),
            FinancialYear(date(2025, 1, 1), FY_2025, LARGE),
        ),
        snapshots=(Snapshot("rvc", FY_2025, Composition(3, 0)),),
        seats=seats,
    )
    report = reporting.build_report(company, FY_2025)
    assert Composition(3, 0) == report.organ("rvc").composition
    assert "inconsistent:rvc" in reporting.check_completeness(report, company).missing
    assert "inconsistent:rvc" not in reporting.check_completeness(report).missing


def test_completeness_sample_is_complete():
    """The sample report holds everything: the listed NV's RvC needs no target (the quota)."""
    finding = reporting.check_completeness(_sample(), samples.sample_company())
    assert Verdict.COMPLIANT is finding.verdict
    assert () == finding.missing


def test_completeness_not_large_not_applicable():
    """A company that is not large has no reporting duty."""
    company = Company(
        "Klein B.V.",
        "BV",
        financial_years=(
            FinancialYear(date(2024, 1, 1), date(2024, 12, 31), SMALL),
            FinancialYear(date(2025, 1, 1), FY_2025, SMALL),
        ),
    )
    report = reporting.build_report(company, FY_2025)
    assert report.large is False
    assert Verdict.NOT_APPLICABLE is reporting.check_completeness(report).verdict


def test_completeness_unknown_size():
    """Without size figures the report cannot say whether the company is large."""
    company = Company(
        "Cijferloos B.V.", "BV", financial_years=(FinancialYear(date(2025, 1, 1), FY_2025),)
    )
    report = reporting.build_report(company, FY_2025)
    missing = reporting.check_completeness(report).missing
    assert "size_figures:2025-12-31" in missing
    assert "large" in missing


def _sample_findings():
    return reporting.evaluate(
        samples.sample_company(),
        FY_2025,
        targets=samples.sample_targets(),
        plan=samples.sample_plan(),
        report=_sample(),
    )


def test_evaluate_sample_order_and_verdicts():
    """
    The documented order: targets duty, quota scope, RvC balance, target presence per organ,
    then per target attainability, ambition and progress, the flow advice, the plan, the
    report's completeness and the works council. Verdicts by hand: the RvC (5 men, 1 woman)
    is short of ceil(6/3) = 2 women; Afdelingshoofden missed 35 % in 2025; no flow target;
    the works council's involvement is not known.
    """
    name = "Polderchemie N.V."
    c, nc = Verdict.COMPLIANT, Verdict.NOT_COMPLIANT
    per_target = []
    for organ, progress in [
        ("bestuur", c),
        ("subtop:Directeuren", c),
        ("subtop:Afdelingshoofden", nc),
    ]:
        per_target += [
            ("targets.attainable", organ, c),
            ("targets.ambitious", organ, c),
            ("targets.progress", organ, progress),
        ]
    expected = [
        ("scope.targets", name, Verdict.APPLIES),
        ("scope.quota", name, Verdict.APPLIES),
        ("quota.balance", "rvc", nc),
        ("targets.present", "bestuur", c),
        ("targets.present", "subtop:Directeuren", c),
        ("targets.present", "subtop:Afdelingshoofden", c),
        *per_target,
        ("targets.flow", name, nc),
        ("plan.present", name, c),
        ("reporting.complete", name, c),
        ("reporting.works_council", name, Verdict.CANNOT_DECIDE),
    ]
    actual = [(f.rule, f.subject, f.verdict) for f in _sample_findings()]
    assert expected == actual


def test_evaluate_is_stable():
    """Two runs give the same findings in the same order."""
    assert _sample_findings() == _sample_findings()


def test_evaluate_every_finding_cites_an_article():
    """Every finding cites at least one provision, with a link to the text valid then."""
    for finding in _sample_findings():
        assert finding.citations, finding.rule
        for citation in finding.citations:
            assert str(citation).startswith("art. "), str(citation)
            assert citation.url(finding.on).startswith("https://")


def test_evaluate_advisory_findings():
    """The flow-target and works-council checks are advice, not legal duties."""
    advisory = {f.rule for f in _sample_findings() if f.advisory}
    assert {"targets.flow", "reporting.works_council"} == advisory


def test_sample_round_trip():
    """The sample report survives dict and JSON round trips."""
    report = _sample()
    assert report == reporting.report_from_dict(reporting.report_to_dict(report))
    assert report == reporting.report_from_json(reporting.report_to_json(report))


def test_export_writes_shares_as_exact_fractions():
    """A 33 % target is written as "33/100", the deadline and year ends as ISO dates."""
    data = reporting.report_to_dict(_sample())
    bestuur = data["organs"][0]
    assert "bestuur" == bestuur["organ"]
    assert "33/100" == bestuur["target"]["value"]
    assert "2026-10-31" == data["deadline"]
    assert {"start": "2025-01-01", "end": "2025-12-31"} == {
        key: data["financial_year"][key] for key in ("start", "end")
    }
    assert "1.0" == data["schema_version"]


def test_sample_json_validates_against_schema():
    """The sample report's JSON is valid against the shipped JSON Schema."""
    report_schema_validator().validate(json.loads(reporting.report_to_json(_sample())))


@pytest.mark.parametrize("version", ["2.0", "1.1", "10.0"])
def test_future_schema_version_is_refused(version):
    """A document from a newer library is refused with a clear message naming the versions."""
    data = reporting.report_to_dict(_sample())
    data["schema_version"] = version
    with pytest.raises(LoadError) as info:
        reporting.report_from_dict(data)
    assert isinstance(info.value, ValueError)
    assert ["schema_version"] == [error.field for error in info.value.errors]
    text = str(info.value)
    assert version in text
    assert reporting.SCHEMA_VERSION in text
    assert "upgrade" in text


def test_several_bad_fields_are_all_listed():
    """A document with several bad fields raises one LoadError listing each of them."""
    data = reporting.report_to_dict(_sample())
    data["company"]["legal_form"] = "GmbH"
    data["company"]["board_model"] = "three_tier"
    data["financial_year"]["start"] = "31-12-2025"
    data["organs"][0]["composition"]["men"] = -1
    data["organs"][1]["organ"] = "board"
    data["flow_targets"] = [{"organ": "rvc", "form": "quota", "value": "1/2", "target_year": 2027}]
    data["other_counting"] = "sometimes"
    data["works_council_involved"] = "yes"
    del data["company"]["name"]
    with pytest.raises(LoadError) as info:
        reporting.report_from_dict(data, source="upload.json")
    fields = [error.field for error in info.value.errors]
    expected_prefixes = [
        "company.name",
        "company.legal_form",
        "company.board_model",
        "financial_year.start",
        "organs[0]",
        "organs[1]",
        "flow_targets[0]",
        "other_counting",
        "works_council_involved",
    ]
    for prefix in expected_prefixes:
        assert any(field.startswith(prefix) for field in fields), (prefix, fields)
    assert len(fields) >= len(expected_prefixes)
    assert "upload.json" in str(info.value)


def test_load_error_fields_are_dotted_paths():
    """Each error names the field by its dotted path in the document."""
    data = reporting.report_to_dict(_sample())
    data["company"]["legal_form"] = "GmbH"
    data["other_counting"] = "sometimes"
    data["organs"][0]["composition"]["men"] = -1
    data["plan"]["measures"][1]["description"] = ""
    with pytest.raises(LoadError) as info:
        reporting.report_from_dict(data)
    assert {
        "company.legal_form",
        "other_counting",
        "organs[0].composition.men",
        "plan.measures[1].description",
    } == {error.field for error in info.value.errors}


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda d: d.__setitem__("group_companies", [{}]), id="group-without-name"),
        pytest.param(lambda d: d["plan"].__setitem__("measures", ["x"]), id="measure-not-object"),
    ],
)
def test_malformed_items_raise_load_error(mutate):
    """A malformed nested item is a LoadError like any other bad field."""
    data = reporting.report_to_dict(_sample())
    mutate(data)
    with pytest.raises(LoadError):
        reporting.report_from_dict(data)


def test_untyped_fields_are_checked():
    """kvk as a number, large as text and a negative count are bad fields too."""
    data = reporting.report_to_dict(_sample())
    data["company"]["kvk"] = 12345678
    data["company"]["large"] = "yes"
    data["organs"][0]["reported_men"] = -1
    with pytest.raises(LoadError) as info:
        reporting.report_from_dict(data)
    fields = [error.field for error in info.value.errors]
    assert 3 == len(fields)


def test_round_trip_subtop_name_with_spaces():
    """A subtop category named ' Team ' survives the round trip."""
    report = _sample()
    organ = Organ(OrganKind.SUBTOP, " Team ")
    report = attrs.evolve(report, organs=(*report.organs, OrganReport(organ, Composition(1, 1))))
    assert report == reporting.report_from_json(reporting.report_to_json(report))


@pytest.mark.parametrize("language", LANGUAGES)
def test_bestuursverslag_golden(language):
    """
    The paragraph for the sample report equals its golden file. Regenerate with
    ``python scripts/regenerate_golden_reporting.py`` and review the diff.
    """
    assert golden_path(language).read_text(encoding="utf-8") == render(language)


def test_bestuursverslag_dutch_figures():
    """
    Dutch: a decimal comma and Dutch month names. By hand: 1/3 = 33,3 %; 1/6 = 16,7 %;
    6/18 = 33,3 %; 19/56 = 33,9 % (the paragraph counts as the report to the SER does: the
    'other' person with the under-represented sex, the women, and it names that person).
    """
    text = i18n.bestuursverslag(sample_report(), "nl")
    assert "31 december 2025" in text
    for figure in (
        "1 vrouw en 2 mannen, samen 3 leden (33,3% vrouwen)",
        "1 vrouw en 5 mannen, samen 6 leden (16,7% vrouwen)",
        "6 vrouwen en 12 mannen, samen 18 leden (33,3% vrouwen)",
        "19 vrouwen (onder wie 1 persoon geregistreerd als geen van beide geslachten) en "
        "37 mannen, samen 56 leden (33,9% vrouwen)",
    ):
        assert figure in text
    assert "1 persoon" in text
    assert "niet gehaald" in text
    assert "33.3%" not in text


def test_bestuursverslag_english_figures():
    """English: a decimal point and English month names."""
    text = i18n.bestuursverslag(sample_report(), "en")
    assert "31 December 2025" in text
    for figure in (
        "1 woman and 2 men, 3 members in all (33.3% women)",
        "1 woman and 5 men, 6 members in all (16.7% women)",
        "6 women and 12 men, 18 members in all (33.3% women)",
        "19 women (including 1 person registered as neither sex) and 37 men, "
        "56 members in all (33.9% women)",
    ):
        assert figure in text
    assert "not met" in text
    assert "33,3%" not in text


def test_bestuursverslag_not_counted_figures():
    """With 'other' not counted the figures stay 37 men, 18 women (18/56 = 32,1 %)."""
    report = _sample(OtherCounting.NOT_COUNTED)
    text = i18n.bestuursverslag(report, "nl")
    assert (
        "18 vrouwen, 37 mannen en 1 persoon geregistreerd als geen van beide geslachten, "
        "samen 56 leden (32,1% vrouwen)"
    ) in text
    assert "niet als man of vrouw geteld" in text


def test_bestuursverslag_agrees_with_the_report():
    """Every organ's reported men and women appear in the paragraph, in both languages."""
    report = sample_report()
    for language, (men_word, women_word) in {
        "nl": ("mannen", "vrouw"),
        "en": ("men", "wom"),
    }.items():
        text = i18n.bestuursverslag(report, language)
        for line in report.organs:
            assert f"{line.reported_men} {men_word}" in text
            assert f"{line.reported_women} {women_word}" in text


def test_bestuursverslag_plan_measures_plural():
    """Three measures are 'maatregelen' and 'measures'."""
    report = sample_report()
    assert "3 maatregelen" in i18n.bestuursverslag(report, "nl")
    assert "3 measures" in i18n.bestuursverslag(report, "en")


def test_bestuursverslag_without_targets_and_plan():
    """A report without targets or plan says so instead of leaving the sentences out."""
    company = Company(
        "Leeg B.V.",
        "BV",
        financial_years=(FinancialYear(date(2025, 1, 1), FY_2025, LARGE),),
        snapshots=(Snapshot("bestuur", FY_2025, Composition(2, 1)),),
    )
    report = reporting.build_report(company, FY_2025)
    text = i18n.bestuursverslag(report, "nl")
    assert "Er zijn geen streefcijfers vastgesteld." in text
    assert "Er is geen plan van aanpak vastgesteld." in text


@settings(max_examples=50)
@given(reports, st.sampled_from(LANGUAGES))
def test_bestuursverslag_renders_any_report(report, language):
    """Any report renders to a non-empty paragraph without raising."""
    text = i18n.bestuursverslag(report, language)
    intro = {"nl": "Diversiteit", "en": "Gender diversity"}[language]
    assert text.startswith(intro)
    assert text.endswith(".")


def test_plan_export_keeps_levers_and_dates():
    """A measure's levers, organs and dates survive the export."""
    plan = Plan(
        (
            Measure(
                "Shortlists with a woman and a man",
                levers={Lever.RECRUITMENT, Lever.CULTURE},
                organs=("rvc", "subtop:Team"),
                start=date(2025, 1, 1),
                end=date(2025, 1, 1) + timedelta(days=365),
            ),
        ),
        adopted_on=date(2024, 12, 1),
    )
    report = reporting.build_report(_incomplete_company(), FY_2025, plan=plan)
    data = reporting.report_to_dict(report)
    assert ["culture", "recruitment"] == data["plan"]["measures"][0]["levers"]
    assert ["rvc", "subtop:Team"] == data["plan"]["measures"][0]["organs"]
    assert plan == reporting.report_from_dict(data).plan


def test_check_deadline_findings():
    """The deadline finding: rule, facts, subject (empty by default) and the citation by form."""
    end = date(2024, 12, 31)
    finding = reporting.check_deadline(end, submitted_on=None, as_of=date(2025, 1, 2))
    assert ("reporting.deadline", "reporting.open", "") == (
        finding.rule, finding.message, finding.subject
    )  # fmt: skip
    assert {
        "deadline": date(2025, 10, 31),
        "submitted_on": None,
        "as_of": date(2025, 1, 2),
        "financial_year_start": date(2024, 1, 1),
    } == dict(finding.facts)
    assert "art. 2:276 lid 3 BW" == finding.article
    named = reporting.check_deadline(
        end, submitted_on=date(2025, 3, 1), as_of=date(2025, 3, 1), legal_form="NV", subject="P"
    )
    assert ("reporting.on_time", "P", "art. 2:166 lid 3 BW") == (
        named.message, named.subject, named.article
    )  # fmt: skip


@pytest.mark.parametrize(
    ("end", "message"),
    [
        (date(2021, 12, 31), "scope.not_covered"),
        (date(2030, 12, 31), "scope.not_covered_lapsed"),
    ],
)
@pytest.mark.parametrize(
    ("form", "article"), [("NV", "art. 2:166 lid 3 BW"), ("BV", "art. 2:276 lid 3 BW")]
)
def test_check_deadline_outside_the_act(end, message, form, article):
    """Before the act and after its lapse: not applicable, with why, the facts and the subject."""
    finding = reporting.check_deadline(
        end, submitted_on=date(2022, 5, 1), as_of=date(2031, 1, 1), legal_form=form, subject="P"
    )
    assert (Verdict.NOT_APPLICABLE, "reporting.deadline", message) == (
        finding.verdict, finding.rule, finding.message
    )  # fmt: skip
    start = date(end.year, 1, 1)  # a twelve-month calendar year
    assert {
        "submitted_on": date(2022, 5, 1),
        "as_of": date(2031, 1, 1),
        "financial_year_start": start,
        "in_force_from": date(2022, 1, 1),
        "lapses_on": date(2030, 1, 1),
    } == dict(finding.facts)
    assert ("P", article) == (finding.subject, finding.article)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"as_of": "2025-01-01", "submitted_on": None}, "as_of"),
        ({"as_of": date(2025, 1, 1), "submitted_on": "2025-01-01"}, "submitted_on"),
        ({"as_of": date(2025, 1, 1), "submitted_on": None, "subject": 3}, "subject"),
    ],
)
def test_check_deadline_refusals_name_the_argument(arguments, field):
    """A bad as_of, submitted_on or subject is refused by its own name."""
    with pytest.raises(InvalidArgument) as caught:
        reporting.check_deadline(date(2024, 12, 31), **arguments)
    assert field == caught.value.field
