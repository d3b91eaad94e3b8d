"""
Tests for ``ingroeiquotum.planning.projection`` (public path ``ingroeiquotum.projection``): the
link of the stock and flow model to targets (art. 2:166 lid 2 / art. 2:276 lid 2 BW), the year
a target is met, the inflow it requires, and the projected finding.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import projection
from ingroeiquotum.citations import BW_2_166_2, BW_2_276_2
from ingroeiquotum.company import Company, Snapshot, calendar_years
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument, InvalidCount, InvalidDate
from ingroeiquotum.findings import Confidence, Verdict
from ingroeiquotum.organs import Organ
from ingroeiquotum.projection import (
    Course,
    first_year_met,
    pipeline,
    project,
    projected_finding,
    required_inflow_share,
)
from ingroeiquotum.targets import Target, measure
from strategies import shares, starts, years

ON = date(2025, 12, 31)


BESTUUR = Organ.parse("bestuur")


def test_first_year_met():
    """The 10-person board first reaches 40 % women at the end of 2028."""
    target = Target("bestuur", "women_share", "40%", target_year=2027)
    entries = project(Composition(8, 2), Course("20%", "50%"), 2024, 6, organ="bestuur")
    assert 2028 == first_year_met(target, entries)
    assert (
        first_year_met(Target("bestuur", "women_share", "60%", target_year=2027), entries) is None
    )
    assert 2024 == first_year_met(Target("bestuur", "women_count", 2, target_year=2027), entries)
    assert 2029 == first_year_met(
        Target("bestuur", "women_count", 2, target_year=2027), entries, from_year=2029
    )


def test_first_year_met_on_inflow():
    """An inflow target counts the arrivals of each year; the start has none."""
    target = Target("bestuur", "women_share", "50%", target_year=2027, flow="inflow")
    entries = project(Composition(8, 2), Course("20%", "50%"), 2024, 2)
    assert 2025 == first_year_met(target, entries)


def test_joint_target_needs_the_pipeline_mapping():
    """A joint target counts the bestuur and the RvC together, from pipeline()'s mapping."""
    target = Target("bestuur", "each_sex", "50%", target_year=2027, joint_with="rvc")
    result = pipeline(
        {"bestuur": Composition(1, 0), "rvc": Composition(1, 0)},
        {"bestuur": Course(0, 0), "rvc": Course(1, 1)},
        2025,
        2,
    )
    assert 2026 == first_year_met(target, result)
    with pytest.raises(InvalidArgument) as raised:
        first_year_met(target, result[BESTUUR])
    assert "target" == raised.value.field


def test_first_year_met_refuses_another_organ():
    """A projection of the RvC says nothing about a bestuur target."""
    entries = project(Composition(1, 1), Course(0, 0), 2024, 1, organ="rvc")
    with pytest.raises(InvalidArgument):
        first_year_met(Target("bestuur", "women_share", "40%", target_year=2027), entries)


def test_finding_met_late():
    """The RvC target of 2027 is met in 2029 on the current course: not compliant."""
    target = Target("rvc", "each_sex", "30%", target_year=2027)
    finding = projected_finding(target, Composition(7, 0), Course("25%", "50%"), on=ON)
    assert (Verdict.NOT_COMPLIANT, "projection.met_late", 2029) == (
        finding.verdict,
        finding.message,
        finding.facts["met_year"],
    )
    assert ("targets.projection", "rvc", True) == (finding.rule, finding.subject, finding.advisory)
    assert (BW_2_276_2,) == finding.citations
    assert Confidence.LOW == finding.confidence
    assert {
        "projection.stock_and_flow",
        "projection.met_at_year_end",
    } == {reading.key for reading in finding.readings}
    assert (2025, 2037, False, Fraction(2, 7)) == (
        finding.facts["start_year"],
        finding.facts["horizon_year"],
        finding.facts["met_in_target_year"],
        finding.facts["projected"],
    )


def test_finding_met_in_time():
    """With 63 % women in the inflow the same RvC meets its target in 2027."""
    target = Target("rvc", "each_sex", "30%", target_year=2027)
    finding = projected_finding(
        target, Composition(7, 0), Course("25%", "63%"), on=ON, legal_form="NV"
    )
    assert (Verdict.COMPLIANT, "projection.met_in_time", 2027, True) == (
        finding.verdict,
        finding.message,
        finding.facts["met_year"],
        finding.facts["met_in_target_year"],
    )
    assert (BW_2_166_2,) == finding.citations


def test_finding_met_in_time_gives_the_start_of_the_run():
    """A target met from the start and kept is met in the start year."""
    target = Target("rvc", "each_sex", "30%", target_year=2027)
    finding = projected_finding(target, Composition(3, 3), Course("25%", "50%"), on=ON)
    assert ("projection.met_in_time", 2025) == (finding.message, finding.facts["met_year"])


def test_finding_met_earlier_but_lost_by_the_target_year():
    """Met at the start, but with only men joining it is lost by the target year."""
    target = Target("rvc", "women_share", "30%", target_year=2027)
    finding = projected_finding(target, Composition(6, 4), Course("50%", 0), on=ON, horizon=3)
    assert (Verdict.NOT_COMPLIANT, "projection.not_met_within", None, 2030) == (
        finding.verdict,
        finding.message,
        finding.facts["met_year"],
        finding.facts["horizon_year"],
    )


def test_finding_target_passed():
    """A target year before the start: not applicable (check_progress judges past years)."""
    target = Target("rvc", "each_sex", "30%", target_year=2024)
    finding = projected_finding(target, Composition(7, 0), Course("25%", "50%"), on=ON)
    assert (Verdict.NOT_APPLICABLE, "projection.target_passed") == (
        finding.verdict,
        finding.message,
    )


def test_finding_unknown_sex_that_matters():
    """One member of unknown sex decides whether the target is met now: cannot decide."""
    target = Target("rvc", "women_share", "20%", target_year=2026)
    finding = projected_finding(target, Composition(4, 0, unknown=1), Course(0, 0), on=ON)
    assert (Verdict.CANNOT_DECIDE, "projection.sex_unknown", ("members_sex",), 1) == (
        finding.verdict,
        finding.message,
        finding.missing,
        finding.facts["unknown"],
    )


def test_finding_unknown_sex_that_does_not_matter():
    """Everybody leaves and women replace them: the unknown member's sex makes no difference."""
    target = Target("rvc", "women_share", "50%", target_year=2026)
    finding = projected_finding(target, Composition(4, 0, unknown=1), Course(1, 1), on=ON)
    assert (Verdict.COMPLIANT, 2026) == (finding.verdict, finding.facts["met_year"])


def test_finding_too_many_unknown():
    """More ways to assign sexes than MAX_ASSIGNMENTS: cannot decide, not an exception."""
    target = Target("rvc", "women_share", "20%", target_year=2026)
    start = Composition(0, 0, unknown=projection.MAX_ASSIGNMENTS)
    finding = projected_finding(target, start, Course(0, 0), on=ON)
    assert Verdict.CANNOT_DECIDE == finding.verdict


def test_finding_empty_organ():
    """An organ that stays empty cannot be judged."""
    target = Target("rvc", "women_share", "20%", target_year=2026)
    finding = projected_finding(target, Composition(0, 0), Course(0, 0), on=ON)
    assert (Verdict.CANNOT_DECIDE, "targets.empty_organ") == (finding.verdict, finding.message)


def sample_company(snapshots):
    """An NV with calendar years 2023-2025 and the given snapshots."""
    return Company(
        "Voorbeeld", "NV", financial_years=calendar_years(2023, 2025), snapshots=snapshots
    )


def test_finding_from_a_company():
    """A company's latest known composition is the start; the NV cites art. 2:166 lid 2 BW."""
    company = sample_company(
        [
            Snapshot("rvc", date(2024, 12, 31), Composition(7, 0)),
            Snapshot("rvc", ON, Composition(7, 0)),
        ]
    )
    target = Target("rvc", "each_sex", "30%", target_year=2027)
    finding = projected_finding(target, company, Course("25%", "50%"))
    assert (ON, 2029, (BW_2_166_2,)) == (finding.on, finding.facts["met_year"], finding.citations)
    earlier = projected_finding(target, company, Course("25%", "50%"), on=date(2024, 12, 31))
    assert 2024 == earlier.facts["start_year"]


def test_finding_company_without_composition():
    """No composition of the organ: cannot decide, naming the missing composition."""
    company = sample_company([Snapshot("bestuur", ON, Composition(2, 1))])
    target = Target("rvc", "each_sex", "30%", target_year=2027)
    finding = projected_finding(target, company, Course("25%", "50%"))
    assert (Verdict.CANNOT_DECIDE, "targets.no_composition", ("composition:rvc",)) == (
        finding.verdict,
        finding.message,
        finding.missing,
    )


def test_finding_pipeline_from_a_company():
    """A pipeline read from a company: subtop and bestuur compositions on the same date."""
    company = sample_company(
        [
            Snapshot("bestuur", ON, Composition(3, 0)),
            Snapshot("subtop:Directors", ON, Composition(10, 8)),
        ]
    )
    target = Target("bestuur", "each_sex", "1/3", target_year=2028)
    courses = {
        "bestuur": Course("1/3", 0, source="subtop:Directors"),
        "subtop:Directors": Course("15%", "50%"),
    }
    finding = projected_finding(target, company, courses)
    result = pipeline(
        {"bestuur": Composition(3, 0), "subtop:Directors": Composition(10, 8)}, courses, 2025, 13
    )
    assert finding.facts["met_year"] == first_year_met(target, result)


def test_finding_and_project_agree():
    """The finding's year and verdict follow from project() and first_year_met()."""
    target = Target("bestuur", "women_share", "40%", target_year=2027)
    finding = projected_finding(
        target, Composition(8, 2), Course("20%", "50%"), on=date(2024, 12, 31)
    )
    entries = project(Composition(8, 2), Course("20%", "50%"), 2024, 13, organ="bestuur")
    assert (Verdict.NOT_COMPLIANT, 2028) == (finding.verdict, first_year_met(target, entries))
    assert 2028 == finding.facts["met_year"]


def test_required_inflow_share_by_hand():
    """
    8 men, 2 women, 20 % outflow, 40 % women by 2026: 4 arrivals in two years.

    With 1 woman among the 2 arrivals of 2025 (a share from 25 % up), one of the 3 women leaves
    in 2026 (3/5 + 2/5 = 1), so 3 of the 4 arrivals must be women: round(4 * share) >= 3, so
    a share of at least 62.5 %, 63 % on the percent grid.
    """
    target = Target("bestuur", "women_share", "40%", target_year=2026)
    assert Fraction(63, 100) == required_inflow_share(
        Composition(8, 2), target, 2026, "20%", start_year=2024
    )
    assert Fraction(5, 8) == required_inflow_share(
        Composition(8, 2), target, 2026, "20%", start_year=2024, step=Fraction(1, 8)
    )


def test_required_inflow_share_already_met():
    """A target met at the start and kept without any women joining needs 0 %."""
    target = Target("rvc", "women_count", 1, target_year=2026)
    assert 0 == required_inflow_share(Composition(4, 1), target, 2026, 0, start_year=2025)


def test_required_inflow_share_impossible():
    """Nobody leaves: no share of inflow helps."""
    target = Target("rvc", "women_share", "40%", target_year=2027)
    assert required_inflow_share(Composition(5, 0), target, 2027, 0, start_year=2025) is None


def test_required_promotion_share():
    """The share of women among the promoted that a bestuur fed by the subtop needs."""
    target = Target("bestuur", "women_count", 1, target_year=2026)
    starts = {"bestuur": Composition(2, 0), "subtop:Directors": Composition(5, 5)}
    courses = {
        "bestuur": Course("50%", 0, source="subtop:Directors"),
        "subtop:Directors": Course(0, 0),
    }
    assert Fraction(1, 2) == required_inflow_share(
        starts, target, 2026, courses, start_year=2025, lever="promotion", step="50%"
    )
    assert Fraction(0) == required_inflow_share(starts, target, 2026, courses, start_year=2025)


def test_required_inflow_share_with_unknown_members():
    """The share must do whatever the sex of the unknown member: as if it were a man."""
    target = Target("rvc", "women_count", 2, target_year=2026)
    with_unknown = required_inflow_share(
        Composition(3, 1, unknown=1), target, 2026, "20%", start_year=2025
    )
    as_man = required_inflow_share(Composition(4, 1), target, 2026, "20%", start_year=2025)
    assert as_man == with_unknown


BAD_INPUT = [
    (lambda: Course(-1, 0), "outflow"),
    (lambda: Course("abc", 0), "outflow"),
    (lambda: Course(float("nan"), 0), "outflow"),
    (lambda: Course(0, 2), "inflow_women"),
    (lambda: Course(0, None), "inflow_women"),
    (lambda: Course(0, 0, headcount=-1), "headcount"),
    (lambda: Course(0, 0, headcount=True), "headcount"),
    (lambda: Course(0, 0, growth=1.5), "growth"),
    (lambda: Course(0, 0, growth=True), "growth"),
    (lambda: Course(0, 0, promotion="50%"), "promotion"),
    (lambda: Course(0, 0, promotion_women="50%"), "promotion_women"),
    (lambda: Course(0, 0, source="rvc", promotion=2), "promotion"),
    (lambda: Course(0, 0, source="nowhere"), "source"),
    (lambda: project("8 men", Course(0, 0), 2024, 1), "start"),
    (lambda: project(Composition(1, 1), "20%", 2024, 1), "course"),
    (lambda: project(Composition(1, 1), Course(0, 0), 1800, 1), "start_year"),
    (lambda: project(Composition(1, 1), Course(0, 0), "2024", 1), "start_year"),
    (lambda: project(Composition(1, 1), Course(0, 0), 2024, -1), "years"),
    (lambda: project(Composition(1, 1), Course(0, 0), 2024, 10**100), "years"),
    (
        lambda: project(Composition(1, 1), Course(0, 0, source="subtop:A"), 2024, 1),
        "course.source",
    ),
    (lambda: pipeline([], {}, 2024, 1), "starts"),
    (lambda: pipeline({"rvc": Composition(1, 1)}, {}, 2024, 1), "courses"),
    (lambda: pipeline({}, {"rvc": Course(0, 0)}, 2024, 1), "starts"),
    (lambda: pipeline({"rvc": "x"}, {"rvc": Course(0, 0)}, 2024, 1), "starts[rvc]"),
    (
        lambda: pipeline(
            {"rvc": Composition(1, 1)}, {"rvc": Course(0, 0, source="bestuur")}, 2024, 1
        ),
        "courses[rvc].source",
    ),
    (
        lambda: pipeline({"rvc": Composition(1, 1)}, {"rvc": Course(0, 0, source="rvc")}, 2024, 1),
        "courses[rvc].source",
    ),
    (
        lambda: pipeline(
            {"rvc": Composition(1, 1), "bestuur": Composition(1, 1)},
            {"rvc": Course(0, 0, source="bestuur"), "bestuur": Course(0, 0, source="rvc")},
            2024,
            1,
        ),
        "courses",
    ),
    (lambda: first_year_met("rvc", ()), "target"),
    (
        lambda: first_year_met(Target("rvc", "each_sex", "30%", target_year=2027), [1]),
        "projection[0]",
    ),
    (
        lambda: first_year_met(Target("rvc", "each_sex", "30%", target_year=2027), "abc"),
        "projection",
    ),
    (
        lambda: first_year_met(Target("rvc", "each_sex", "30%", target_year=2027), {}),
        "projection",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027), Composition(1, 1), Course(0, 0)
        ),
        "on",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027),
            Composition(1, 1),
            Course(0, 0),
            on=ON,
            horizon=-1,
        ),
        "horizon",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027),
            Composition(1, 1),
            Course(0, 0),
            on=ON,
            horizon=500,
        ),
        "horizon",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027),
            Composition(1, 1),
            Course(0, 0),
            on="2025-12-31",
        ),
        "on",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027), Composition(1, 1), "20%", on=ON
        ),
        "course",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027),
            Composition(1, 1),
            {"bestuur": Course(0, 0)},
            on=ON,
        ),
        "course",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027),
            Composition(1, 1),
            {"rvc": Course(0, 0), "bestuur": Course(0, 0)},
            on=ON,
        ),
        "start",
    ),
    (
        lambda: projected_finding(
            Target("bestuur", "each_sex", "50%", target_year=2027, joint_with="rvc"),
            Composition(1, 1),
            Course(0, 0),
            on=ON,
        ),
        "course",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027),
            Company("X", "NV"),
            Course(0, 0),
        ),
        "on",
    ),
    (
        lambda: projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027),
            Company("X", "NV"),
            Course(0, 0),
            on=ON,
            legal_form="BV",
        ),
        "legal_form",
    ),
    (
        lambda: required_inflow_share(
            Composition(1, 1),
            Target("rvc", "each_sex", "30%", target_year=2027),
            2024,
            "20%",
            start_year=2025,
        ),
        "by_year",
    ),
    (
        lambda: required_inflow_share(
            Composition(1, 1),
            Target("rvc", "each_sex", "30%", target_year=2027),
            2027,
            "20%",
            start_year=2025,
            lever="x",
        ),
        "lever",
    ),
    (
        lambda: required_inflow_share(
            Composition(1, 1),
            Target("rvc", "each_sex", "30%", target_year=2027),
            2027,
            "20%",
            start_year=2025,
            lever="promotion",
        ),
        "lever",
    ),
    (
        lambda: required_inflow_share(
            Composition(1, 1),
            Target("rvc", "each_sex", "30%", target_year=2027),
            2027,
            "20%",
            start_year=2025,
            step=0,
        ),
        "step",
    ),
    (
        lambda: required_inflow_share(
            Composition(1, 1),
            Target("rvc", "each_sex", "30%", target_year=2027),
            2027,
            "abc",
            start_year=2025,
        ),
        "outflow",
    ),
    (
        lambda: required_inflow_share(
            Company("X", "NV"),
            Target("rvc", "each_sex", "30%", target_year=2027),
            2027,
            "20%",
            start_year=2025,
        ),
        "start",
    ),
]


"""Each call with one bad argument, and the field its ``InvalidArgument`` must name."""


@given(case=st.sampled_from(BAD_INPUT))
def test_bad_input_names_the_field(case):
    """
    Bad input raises InvalidArgument naming the field: one property drawing the call from the
    table ``BAD_INPUT``.
    """
    build, field = case
    with pytest.raises(InvalidArgument) as raised:
        build()
    assert field == raised.value.field


def test_bad_counts_are_invalid_count():
    """A negative headcount is an InvalidCount; a missing date an InvalidDate."""
    with pytest.raises(InvalidCount):
        Course(0, 0, headcount=-1)
    with pytest.raises(InvalidDate):
        projected_finding(
            Target("rvc", "each_sex", "30%", target_year=2027), Composition(1, 1), Course(0, 0)
        )


def test_required_share_with_too_many_unknown_raises():
    """Too many members of unknown sex to try: InvalidCount naming 'unknown'."""
    start = Composition(0, 0, unknown=projection.MAX_ASSIGNMENTS)
    with pytest.raises(InvalidCount) as raised:
        required_inflow_share(
            start, Target("rvc", "women_count", 1, target_year=2026), 2026, 0, start_year=2025
        )
    assert "unknown" == raised.value.field


targets = st.builds(
    Target,
    st.just("rvc"),
    st.sampled_from(["each_sex", "women_share"]),
    st.sampled_from(["20%", "30%", "1/3", "40%", "50%"]),
    target_year=st.just(2030),
)


@given(targets, starts(8).filter(lambda c: c.unknown == 0), shares, st.integers(0, 5))
@settings(max_examples=60)
def test_required_inflow_share_is_minimal_and_sufficient(target, start, outflow, span):
    """The share found meets the target; one step lower does not; None: 100 % does not."""
    by_year = 2025 + span
    share = required_inflow_share(start, target, by_year, outflow, start_year=2025, step="10%")

    def meets(value):
        entries = project(start, Course(outflow, value), 2025, span)
        return (
            measure(target, entries[-1].composition) is not None
            and measure(target, entries[-1].composition) >= target.value
        )

    if share is None:
        assert not meets(1)
    else:
        assert meets(share)
        if share > 0:
            assert not meets(share - Fraction(1, 10))


@given(targets, starts(), shares, shares, years)
def test_first_year_met_is_consistent_with_project(target, start, outflow, inflow, count):
    """The first year met meets the target, and no earlier year does."""
    entries = project(start, Course(outflow, inflow), 2025, count, organ="rvc")
    met = [
        entry.year
        for entry in entries
        if measure(target, entry.composition) is not None
        and measure(target, entry.composition) >= target.value
    ]
    assert (met[0] if met else None) == first_year_met(target, entries)


@given(targets, starts(6), shares, shares)
@settings(max_examples=60)
def test_finding_is_consistent_with_project(target, start, outflow, inflow):
    """
    A finding's verdict and year follow from project() for every sex the unknown members may
    have: compliant means the target-year composition meets the target, a late year is after the
    target year and is the first year met after it.
    """
    finding = projected_finding(target, start, Course(outflow, inflow), on=ON)
    if finding.verdict is Verdict.CANNOT_DECIDE:
        return
    for extra in range(start.unknown + 1):
        known = Composition(start.men + start.unknown - extra, start.women + extra, start.other)
        entries = project(known, Course(outflow, inflow), 2025, 15, organ="rvc")
        at_target = entries[target.target_year - 2025].composition
        met = measure(target, at_target) is not None and measure(target, at_target) >= target.value
        assert (finding.verdict is Verdict.COMPLIANT) == met
        if finding.message == "projection.met_late":
            assert finding.facts["met_year"] == first_year_met(target, entries, from_year=2031)
        if finding.message == "projection.not_met_within":
            assert first_year_met(target, entries, from_year=2031) is None
