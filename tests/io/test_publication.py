"""
Tests for ``ingroeiquotum.io.publication`` (public path ``ingroeiquotum.reporting``): the
published figures of a report, with small groups suppressed below the caller's threshold and
marked as such.
"""

from __future__ import annotations

import json
from datetime import date

import attrs
import pytest

from ingroeiquotum import bulk, reporting, samples
from ingroeiquotum.company import Snapshot
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidCount, LoadError


def _report():
    company = samples.sample_company()
    company = attrs.evolve(
        company,
        snapshots=(
            *company.snapshots,
            Snapshot("subtop:Juristen", date(2024, 12, 31), Composition(men=1, women=2)),
        ),
    )
    return reporting.build_report(
        company, date(2024, 12, 31), targets=samples.sample_targets(), workforce=Composition(3, 1)
    )


def test_published_figures_without_suppression_hold_every_count():
    """By default every organ's counts are published, and none is marked suppressed."""
    figures = reporting.published_figures(_report())
    lines = {line["organ"]: line for line in figures["organs"]}
    assert (1, 2, 3, False) == (
        lines["subtop:Juristen"]["men"],
        lines["subtop:Juristen"]["women"],
        lines["subtop:Juristen"]["members"],
        lines["subtop:Juristen"]["suppressed"],
    )
    assert all(line["suppressed"] is False for line in figures["organs"])
    assert figures["suppress_below"] is None
    json.dumps(figures)


def test_small_groups_are_suppressed_and_marked():
    """Below the threshold, counts, shares and the target's outcome become None, marked."""
    figures = reporting.published_figures(_report(), suppress_below=5)
    lines = {line["organ"]: line for line in figures["organs"]}
    small = lines["subtop:Juristen"]
    assert small["suppressed"] is True
    for key in ("members", "men", "women", "other", "unknown", "share_women", "reported_men",
                "reported_women", "target_met"):  # fmt: skip
        assert small[key] is None, key
    assert lines["subtop:Afdelingshoofden"]["suppressed"] is False
    assert 54 == lines["subtop:Afdelingshoofden"]["members"]
    assert figures["workforce"]["suppressed"] is True
    assert figures["workforce"]["men"] is None
    assert 5 == figures["suppress_below"]


def test_the_threshold_is_exclusive():
    """A group of exactly the threshold is published; one person fewer is suppressed."""
    report = _report()
    assert (
        reporting.published_figures(report, suppress_below=3)["organs"][-1]["suppressed"] is False
    )
    assert reporting.published_figures(report, suppress_below=4)["organs"][-1]["suppressed"]


@pytest.mark.parametrize("bad", [-1, True, 2.5, "5"])
def test_bad_thresholds_are_refused(bad):
    """The threshold is a whole number of at least zero."""
    with pytest.raises(InvalidCount):
        reporting.published_figures(_report(), suppress_below=bad)
    with pytest.raises(InvalidCount):
        bulk.aggregate([], suppress_below=bad)


def test_a_published_report_cannot_be_mistaken_for_a_report():
    """The published figures are a document of their own schema, not a report to read back."""
    figures = reporting.published_figures(_report(), suppress_below=5)
    assert "ingroeiquotum.published_figures" == figures["schema"]
    with pytest.raises(LoadError):
        reporting.report_from_dict(figures)
