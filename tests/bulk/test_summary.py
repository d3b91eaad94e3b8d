"""Tests for ``ingroeiquotum.bulk.summary``: the population summary per year (``bulk.aggregate``)."""

import statistics
from collections import defaultdict
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulk_cases import row, rows_strategy
from ingroeiquotum import bulk
from ingroeiquotum.bulk.figures import FIGURES
from ingroeiquotum.exceptions import InvalidArgument, LoadError


def _by_key(summary):
    return {
        (each["year"], each["group_by"], each["group"], each["organ_group"]): each
        for each in summary
    }


# Two years of three companies. 2024: A (listed, RvC 4 men 2 women, target 30 %, large),
# B (not listed, RvC 3 men, large, no target), C (listed, RvC 2 men 2 women 1 unknown, a
# target of 1/3 it meets, not large), and a bestuur and two subtop categories of A.
# 2025: A's RvC balanced (3 and 3), C's RvC 5 men 1 woman.
ROWS = [
    row(company="A", men=4, women=2, sector="20.14", employees=300, large=True, reported=True,
        target="30%", date=date(2024, 12, 31)),
    row(company="B", men=3, women=0, sector=4612, employees=800, listed=False, large=True,
        date=date(2024, 12, 31)),
    row(company="C", men=2, women=2, unknown=1, sector="K", employees=1200, reported=True,
        target="1/3", date=date(2024, 12, 31)),
    row(company="A", organ="bestuur", men=2, women=0, sector="20.14", employees=300,
        date=date(2024, 12, 31)),
    row(company="A", organ="subtop:Directie", men=5, women=3, sector="20.14", employees=300,
        date=date(2024, 12, 31)),
    row(company="A", organ="subtop:Managers", men=10, women=10, sector="20.14", employees=300,
        date=date(2024, 12, 31)),
    row(company="A", men=3, women=3, sector="20.14", employees=300, large=True,
        target="30%", date=date(2025, 12, 31)),
    row(company="C", men=5, women=1, sector="K", employees=1200, date=date(2025, 12, 31)),
]  # fmt: skip


def test_aggregate_by_hand():
    """
    2024 RvCs: seats 6 + 3 + 5 = 14, women 2 + 0 + 2 = 4: share of seats 4/14 = 0.2857; shares
    1/3, 0, 2/5: mean 11/45 = 0.2444, median 1/3; one all-male of 3 organs with members.
    Targets: A (30 % of 6 = 2 each: met) and C (1/3 of 5 = 2 each, 2 men, 2 women: met);
    obliged (large) A and B, of which A has a target: 1/2. Listed: A and C; the quota reaches
    both (2024); A meets it (2 of each of 6), C has 2 of each of 5 with 1 unknown: compliant.
    """
    summary = _by_key(bulk.aggregate(ROWS))
    rvc = summary[(2024, "all", "all", "rvc")]
    assert (3, 3, 3, 14, 4, 9) == (
        rvc["companies"], rvc["organs"], rvc["organs_with_members"], rvc["seats"],
        rvc["women"], rvc["men"],
    )  # fmt: skip
    assert round(4 / 14, 4) == rvc["share_of_seats_women"]
    assert round(11 / 45, 4) == rvc["mean_share_women"]
    assert round(1 / 3, 4) == rvc["median_share_women"]
    assert (1, round(1 / 3, 4)) == (rvc["all_male"], rvc["all_male_share"])
    assert (2, 2) == (rvc["reported"], rvc["with_target"])
    assert (2, 1, 0.5) == (
        rvc["obliged"],
        rvc["obliged_with_target"],
        rvc["obliged_with_target_share"],
    )
    assert (2, 2, 1.0) == (
        rvc["organs_with_target"], rvc["organs_meeting_target"],
        rvc["organs_meeting_target_share"],
    )  # fmt: skip
    assert (2, 2, 2, 1.0) == (
        rvc["listed"], rvc["listed_quota_applies"], rvc["listed_meeting_quota"],
        rvc["listed_meeting_quota_share"],
    )  # fmt: skip
    # 2025: A balanced, C 5 men and 1 woman (2 of each needed): 1 of 2 listed meets it.
    later = summary[(2025, "all", "all", "rvc")]
    assert (2, 12, 4, round(4 / 12, 4)) == (
        later["companies"],
        later["seats"],
        later["women"],
        later["share_of_seats_women"],
    )
    assert (2, 1, 0.5) == (
        later["listed_quota_applies"], later["listed_meeting_quota"],
        later["listed_meeting_quota_share"],
    )  # fmt: skip
    # The subtop: each category, and both together (28 seats, 13 women).
    assert 8 == summary[(2024, "all", "all", "subtop:Directie")]["seats"]
    together = summary[(2024, "all", "all", "subtop")]
    assert (1, 2, 28, 13) == (
        together["companies"],
        together["organs"],
        together["seats"],
        together["women"],
    )
    assert round(13 / 28, 4) == together["share_of_seats_women"]
    assert round((3 / 8 + 1 / 2) / 2, 4) == together["median_share_women"]
    bestuur = summary[(2024, "all", "all", "bestuur")]
    assert (None, None) == (bestuur["listed"], bestuur["listed_meeting_quota"])
    assert (1, 1.0) == (bestuur["all_male"], bestuur["all_male_share"])


def test_aggregate_breaks_down_by_sbi_size_and_listing():
    """'20.14' is division 20 (section C), 4612 is 46 (G), 'K' the section alone."""
    summary = _by_key(bulk.aggregate(ROWS))
    assert 1 == summary[(2024, "division", "20", "rvc")]["companies"]
    assert 1 == summary[(2024, "division", "46", "rvc")]["companies"]
    assert 1 == summary[(2024, "section", "C", "rvc")]["companies"]
    assert 1 == summary[(2024, "section", "G", "rvc")]["companies"]
    assert 1 == summary[(2024, "section", "K", "rvc")]["companies"]
    assert not [key for key in summary if key[1] == "division" and key[2] == "K"]
    assert 1 == summary[(2024, "size", "1000+", "rvc")]["companies"]
    assert 2 == summary[(2024, "listed", "listed", "rvc")]["companies"]
    assert 1 == summary[(2024, "listed", "not_listed", "rvc")]["companies"]
    assert {"all", "section"} == {row["group_by"] for row in bulk.aggregate(ROWS, by=["section"])}
    assert {"all"} == {row["group_by"] for row in bulk.aggregate(ROWS, by=())}


def test_int_and_text_sbi_codes_are_one_code():
    """6419, "6419", "64.19" and " 64 " are division 64 of section K; 1 and "01" division 01."""
    rows = [
        row(company="A", sector=6419), row(company="B", sector="6419"),
        row(company="C", sector="64.19"), row(company="D", sector=" 64 "),
        row(company="E", sector=1), row(company="F", sector="01"), row(company="G", sector="k"),
    ]  # fmt: skip
    groups = {(each["group_by"], each["group"]): each["companies"] for each in bulk.aggregate(rows)}
    assert {
        ("all", "all"): 7, ("division", "64"): 4, ("division", "01"): 2,
        ("section", "K"): 5, ("section", "A"): 2, ("listed", "listed"): 7,
    } == groups  # fmt: skip


@pytest.mark.parametrize("sector", ["04", 4, "ZZ", "Y", 20.5, True, "64-19"])
def test_a_code_outside_the_sbi_is_refused(sector):
    with pytest.raises(LoadError) as raised:
        bulk.aggregate([row(sector=sector)])
    assert ["sector"] == [problem.field for problem in raised.value.errors]


def test_a_row_needs_its_date():
    """Without a date a row has no year: it is refused, never counted in some year."""
    without = {key: value for key, value in row().items() if key != "date"}
    with pytest.raises(LoadError) as raised:
        bulk.aggregate([row(), without, row(date=None)])
    assert [(2, "date"), (3, "date")] == [
        (problem.row, problem.field) for problem in raised.value.errors
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [({"listed": "yes"}, "listed"), ({"large": 1}, "large"), ({"target": "lots"}, "target"),
     ({"target": "30%", "target_form": "most"}, "target_form")],
)  # fmt: skip
def test_bad_flags_and_targets_are_refused(change, field):
    with pytest.raises(LoadError) as raised:
        bulk.aggregate([row(), row(**change)])
    assert [(2, field)] == [(problem.row, problem.field) for problem in raised.value.errors]


def test_by_names_known_breakdowns():
    for by in ("section", ["sector"], [1]):
        with pytest.raises(InvalidArgument) as raised:
            bulk.aggregate([row()], by=by)
        assert "by" == raised.value.field


def test_aggregate_counts_the_quota_as_evaluate_decides_it():
    """
    A listed RvC of 3 men, 3 women and 1 unknown meets the quota (3 of each needed of 7) in
    evaluate; 4 men, 1 woman and 1 unknown cannot be decided; before 2022 the quota does not
    apply (so the 2021 company is listed but not among those the quota reaches).
    """
    rows = [
        {"company": "A", "organ": "rvc", "date": date(2025, 12, 31), "legal_form": "NV",
         "listed": True, "men": 3, "women": 3, "unknown": 1},
        {"company": "B", "organ": "rvc", "date": date(2025, 12, 31), "legal_form": "NV",
         "listed": True, "men": 4, "women": 1, "unknown": 1},
        {"company": "C", "organ": "rvc", "date": date(2021, 12, 31), "legal_form": "NV",
         "listed": True, "men": 3, "women": 3},
    ]  # fmt: skip
    verdicts = [row["verdict"] for row in bulk.evaluate(rows)]
    assert ["compliant", "cannot_decide", "not_applicable"] == verdicts
    summary = _by_key(bulk.aggregate(rows))
    later = summary[(2025, "all", "all", "rvc")]
    assert (2, 2, 1) == (
        later["listed"],
        later["listed_quota_applies"],
        later["listed_meeting_quota"],
    )
    early = summary[(2021, "all", "all", "rvc")]
    assert (1, 0, 0, None) == (
        early["listed"], early["listed_quota_applies"], early["listed_meeting_quota"],
        early["listed_meeting_quota_share"],
    )  # fmt: skip


def _evaluated_per_year(rows):
    """Per year: evaluate's compliant quota rows, rows it applied to, compliant target rows."""
    counts = defaultdict(lambda: [set(), set(), 0, 0])
    for result in bulk.evaluate(rows):
        year = result["date"].year
        if result["rule"] == "quota" and result["verdict"] != "not_applicable":
            counts[year][1].add(result["company"])
            if result["verdict"] == "compliant":
                counts[year][0].add(result["company"])
        if result["rule"] == "target":
            counts[year][3] += 1
            counts[year][2] += result["verdict"] == "compliant"
    return counts


targets = st.sampled_from([None, "30%", "1/3", 0.4, "women_count"])


@settings(max_examples=60, deadline=None)
@given(rows_strategy, st.lists(targets, min_size=40, max_size=40))
def test_quota_and_target_figures_equal_evaluate(rows, chosen):
    """Per year, the quota and target figures are evaluate's counts for the same rows."""
    rows = [
        {**each, "company": f"{each['company']}{index}", "target": goal}
        if goal != "women_count"
        else {**each, "company": f"{each['company']}{index}", "target": 2,
              "target_form": "women_count"}
        for index, (each, goal) in enumerate(zip(rows, chosen, strict=False))
    ]  # fmt: skip
    expected = _evaluated_per_year(rows)
    figures = defaultdict(lambda: [0, 0, 0, 0])
    for each in bulk.aggregate(rows, by=()):
        figures[each["year"]][0] += each["listed_meeting_quota"] or 0
        figures[each["year"]][1] += each["listed_quota_applies"] or 0
        if each["organ_group"] != "subtop":  # its categories are counted already
            figures[each["year"]][2] += each["organs_meeting_target"]
            figures[each["year"]][3] += each["organs_with_target"]
    for year, (meeting, applies, met, with_target) in expected.items():
        assert [len(meeting), len(applies), met, with_target] == figures[year]


@settings(max_examples=60, deadline=None)
@given(rows_strategy)
def test_mean_median_and_seats_equal_a_direct_computation(rows):
    """Per year and organ group, against statistics over the Fractions and plain sums."""
    groups = {"bestuur": "bestuur", "executive": "bestuur", "rvc": "rvc",
              "non_executive": "rvc", "subtop:Managers": "subtop:Managers"}  # fmt: skip
    shares, seats, women = defaultdict(list), defaultdict(int), defaultdict(int)
    for each in rows:
        key = (each["date"].year, groups[each["organ"]])
        members = each["men"] + each["women"] + each["other"] + each["unknown"]
        seats[key] += members
        women[key] += each["women"]
        if members:
            shares[key].append(Fraction(each["women"], members))
    for each in bulk.aggregate(rows, by=()):
        if each["organ_group"] == "subtop":
            continue
        key = (each["year"], each["organ_group"])
        assert (seats[key], women[key]) == (each["seats"], each["women"])
        found = shares[key]
        expected_mean = round(float(sum(found) / len(found)), 4) if found else None
        expected_median = round(float(statistics.median(found)), 4) if found else None
        assert (expected_mean, expected_median) == (
            each["mean_share_women"],
            each["median_share_women"],
        )


def test_years_are_never_mixed():
    """The same company in two years: one company in each year, not one over both."""
    rows = [row(date=date(2023, 12, 31)), row(date=date(2024, 12, 31))]
    summary = [each for each in bulk.aggregate(rows) if each["group_by"] == "all"]
    assert [(2023, 1, 1), (2024, 1, 1)] == [
        (each["year"], each["companies"], each["organs"]) for each in summary
    ]


def test_suppression_hides_every_figure():
    summary = bulk.aggregate([row(men=1, women=1)], suppress_below=5, by=())
    assert all(summary[0][key] is None for key in FIGURES)
    assert summary[0]["suppressed"] is True
    assert 2025 == summary[0]["year"]


MONITOR_CSV = """company,organ,date,legal_form,listed,men,women,sector,employees,large,target
Alfa,rvc,2023-12-31,NV,true,5,1,6419,1200,true,30%
Alfa,rvc,2024-12-31,NV,true,4,2,6419,1200,true,30%
Beta,rvc,2023-12-31,BV,false,3,1,46.12,300,true,
Beta,rvc,2024-12-31,BV,false,2,2,46.12,300,true,1/3
Gamma,rvc,2024-12-31,NV,true,3,3,K,800,false,
"""


def test_a_multi_year_file_by_hand(tmp_path):
    """
    Read from a file. 2023: seats 6 + 4 = 10, women 2: 0.2; Alfa listed, 1 woman of 6 (2 of
    each needed): 0 of 1 meet the quota; obliged Alfa and Beta, Alfa with a target: 1/2; Alfa's
    target (30 % of 6 = 2 each) not met: 0 of 1. 2024: seats 6 + 4 + 6 = 16, women 7: 0.4375;
    Alfa and Gamma listed, both balanced: 2 of 2; obliged Alfa and Beta, both with a target:
    2/2; Alfa stands at 2 of each, Beta at 2 of 4 (1/3 of 4 = 2 each): 2 of 2 organs.
    """
    from ingroeiquotum import io

    path = tmp_path / "monitor.csv"
    path.write_text(MONITOR_CSV, encoding="utf-8")
    rows = io.read_compositions(path).rows
    summary = _by_key(bulk.aggregate(rows))
    first, second = summary[(2023, "all", "all", "rvc")], summary[(2024, "all", "all", "rvc")]
    figures = ("seats", "women", "share_of_seats_women", "listed_meeting_quota",
               "listed_quota_applies", "obliged_with_target", "obliged",
               "obliged_with_target_share", "organs_meeting_target", "organs_with_target")  # fmt: skip
    assert (10, 2, 0.2, 0, 1, 1, 2, 0.5, 0, 1) == tuple(first[key] for key in figures)
    assert (16, 7, 0.4375, 2, 2, 2, 2, 1.0, 2, 2) == tuple(second[key] for key in figures)
    # The quota counts are evaluate's for the same rows.
    evaluated = _evaluated_per_year(rows)
    assert (set(), {"Alfa"}) == (evaluated[2023][0], evaluated[2023][1])
    assert {"Alfa", "Gamma"} == evaluated[2024][0]
    # SBI: 6419 is K (division 64), 46.12 is G (46), "K" is K without a division.
    assert 2 == summary[(2024, "section", "K", "rvc")]["companies"]
    assert 1 == summary[(2024, "division", "64", "rvc")]["companies"]
    assert 1 == summary[(2024, "division", "46", "rvc")]["companies"]
    # The same rows with the codes as ints (as pandas reads a column of codes).
    as_ints = [
        {**each, "sector": int(each["sector"])} if each["sector"].isdigit() else each
        for each in rows
    ]
    assert bulk.aggregate(rows) == bulk.aggregate(as_ints)


def test_the_median_target_of_a_group_by_hand():
    """
    Three RvCs set share targets of 30 %, one third and 40 %, a fourth a number of women (not a
    share): the group's median target is one third, in both aggregate paths.
    """
    base = {"organ": "rvc", "date": date(2025, 12, 31), "legal_form": "NV", "listed": False,
            "men": 3, "women": 2}  # fmt: skip
    rows = [
        {**base, "company": "A", "target": "30%"},
        {**base, "company": "B", "target": "1/3"},
        {**base, "company": "C", "target": "40%"},
        {**base, "company": "D", "target": 2, "target_form": "women_count"},
        {**base, "company": "E"},
    ]
    (total,) = [row for row in bulk.aggregate(rows) if row["group_by"] == "all"]
    assert total["median_target"] == round(1 / 3, 4)
    assert total["organs_with_target"] == 4
    pandas = pytest.importorskip("pandas")
    frame = bulk.aggregate_frame(pandas.DataFrame(rows))
    assert list(frame[frame["group_by"] == "all"]["median_target"]) == [round(1 / 3, 4)]
