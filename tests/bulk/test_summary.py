"""Tests for ``ingroeiquotum.bulk.summary``: the population summary (``bulk.aggregate``)."""

from datetime import date

from bulk_cases import row
from ingroeiquotum import bulk


def test_aggregate_by_hand():
    """Three RvCs: shares 1/3, 0 and 1/2 -> mean 5/18, median 1/3; one all-male; 2 listed."""
    rows = [
        row(company="A", men=4, women=2, sector="20", employees=300, reported=True, target="30%"),
        row(company="B", men=3, women=0, sector="20", employees=800, listed=False),
        row(company="C", men=2, women=2, sector="46", employees=1200, reported=True, men_x=1),
    ]
    summary = {
        (each["group_by"], each["group"], each["organ_group"]): each
        for each in bulk.aggregate(rows)
    }
    everything = summary[("all", "all", "rvc")]
    assert 3 == everything["companies"]
    assert 2 == everything["reported"]
    assert 1 == everything["with_target"]
    assert round(5 / 18, 4) == everything["mean_share_women"]
    assert round(1 / 3, 4) == everything["median_share_women"]
    assert 1 == everything["all_male"]
    assert 2 == everything["listed"]
    assert 2 == everything["listed_meeting_quota"]
    assert 2 == summary[("sector", "20", "rvc")]["companies"]
    assert 1 == summary[("size", "1000+", "rvc")]["companies"]


def test_aggregate_counts_the_quota_as_evaluate_decides_it():
    """
    A listed RvC of 3 men, 3 women and 1 unknown meets the quota (3 of each needed of 7) in
    evaluate; the aggregate counted it as not meeting it. Before 2022 nothing is counted.
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
    (summary,) = [row for row in bulk.aggregate(rows) if row["group_by"] == "all"]
    assert (3, 1) == (summary["listed"], summary["listed_meeting_quota"])
