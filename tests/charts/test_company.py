"""
One company's charts (charts/company.py): the plotted data checked against hand counts of the
sample company, the target and quota lines, both languages, and the pictures in the docs.
"""

from __future__ import annotations

import math
import struct
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from ingroeiquotum import charts, progress, samples
from ingroeiquotum.company import Company, Snapshot, calendar_years
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.targets import Flow, Target, TargetForm

STATIC = Path(__file__).resolve().parents[1] / "docs" / "_static"


@pytest.fixture
def mpl():
    """matplotlib, or skip: the charts need the 'charts' extra."""
    return pytest.importorskip("matplotlib")


@pytest.fixture
def company():
    """The fictional sample company Polderchemie N.V."""
    return samples.sample_company()


@pytest.fixture
def bestuur_target():
    """The sample company's bestuur target: at least 33 % of each sex by 2026."""
    return samples.sample_targets()[0]


def by_gid(axes, gid):
    """Every artist on ``axes`` (lines, collections, patches, texts) with ``gid``."""
    return [artist for artist in axes.get_children() if artist.get_gid() == gid]


def line(axes, gid):
    """The one Line2D on ``axes`` with ``gid``."""
    (found,) = [artist for artist in axes.get_lines() if artist.get_gid() == gid]
    return found


def png_size(path):
    """(width, height) of a PNG, from its IHDR chunk."""
    data = Path(path).read_bytes()
    assert b"\x89PNG\r\n\x1a\n" == data[:8]
    return struct.unpack(">II", data[16:24])


# --- the share line --------------------------------------------------------------------------


def test_share_line_of_the_sample_rvc(mpl, company):
    """RvC women/members 1/5, 2/6, 3/6, 1/6 at the ends of 2022-2025 (counted by hand)."""
    axes = charts.composition_chart(company, "rvc").axes[0]
    share = line(axes, "share")
    assert [2022, 2023, 2024, 2025] == list(share.get_xdata())
    assert [1 / 5, 2 / 6, 3 / 6, 1 / 6] == pytest.approx(list(share.get_ydata()))
    assert "o" == share.get_marker()


def test_share_line_equals_progress_changes(mpl, company):
    """Every organ's line is progress.changes' share of women, year by year."""
    for organ in company.organs:
        axes = charts.composition_chart(company, organ).axes[0]
        found = progress.changes(company, organ)
        share = line(axes, "share")
        assert [change.year for change in found] == list(share.get_xdata())
        assert [float(change.share_women) for change in found] == pytest.approx(
            list(share.get_ydata())
        )


def test_points_are_annotated_with_women_and_members(mpl, company):
    """Each point carries "women/members"."""
    axes = charts.composition_chart(company, "rvc").axes[0]
    assert ["1/5", "2/6", "3/6", "1/6"] == [text.get_text() for text in by_gid(axes, "count-label")]


def test_a_missing_year_breaks_the_line(mpl):
    """A year without a composition is a gap (NaN), not a straight line across it."""
    company = Company(
        "X",
        "BV",
        financial_years=calendar_years(2022, 2024),
        snapshots=[
            Snapshot("rvc", date(2022, 12, 31), Composition(3, 1)),
            Snapshot("rvc", date(2024, 12, 31), Composition(2, 2)),
        ],
    )
    share = line(charts.composition_chart(company, "rvc").axes[0], "share")
    assert [2022, 2023.5, 2024] == list(share.get_xdata())
    ys = list(share.get_ydata())
    assert (0.25, 0.5) == (ys[0], ys[2])
    assert math.isnan(ys[1])


def test_axes_in_percent_and_whole_years(mpl, company):
    """The y axis runs 0-100 % in percentages; the x ticks are the years."""
    figure = charts.composition_chart(company, "rvc")
    axes = figure.axes[0]
    figure.canvas.draw()
    assert (0.0, 1.0) == axes.get_ylim()
    assert ["0%", "20%", "40%", "60%", "80%", "100%"] == [
        label.get_text() for label in axes.get_yticklabels()
    ]
    assert [2022, 2023, 2024, 2025] == list(axes.get_xticks())


# --- target, quota, projection -------------------------------------------------------------


def test_quota_line_on_a_listed_rvc_by_default(mpl, company):
    """The RvC of a listed company gets the one-third line; the bestuur does not."""
    axes = charts.composition_chart(company, "rvc").axes[0]
    (quota,) = by_gid(axes, "quota")
    assert [pytest.approx(1 / 3)] * 2 == [
        y for segment in quota.get_segments() for y in segment[:, 1]
    ]
    assert [] == by_gid(charts.composition_chart(company, "bestuur").axes[0], "quota")


def test_quota_line_can_be_switched(mpl, company):
    """quota_line=False drops it; quota_line=True draws it for any organ."""
    assert [] == by_gid(charts.composition_chart(company, "rvc", quota_line=False).axes[0], "quota")
    assert 1 == len(
        by_gid(charts.composition_chart(company, "bestuur", quota_line=True).axes[0], "quota")
    )


def test_no_quota_line_for_an_unlisted_company(mpl):
    """An unlisted company's RvC has no quota, so no line by default."""
    company = Company(
        "X",
        "BV",
        financial_years=calendar_years(2024, 2024),
        snapshots=[Snapshot("rvc", date(2024, 12, 31), Composition(3, 1))],
    )
    assert [] == by_gid(charts.composition_chart(company, "rvc").axes[0], "quota")


def test_quota_line_only_while_in_force(mpl, company):
    """The quota is in force from 1 January 2022 up to 1 January 2030: the line stops there."""
    projection = [(year, 0.3) for year in range(2026, 2033)]
    axes = charts.composition_chart(company, "rvc", projection=projection).axes[0]
    (quota,) = by_gid(axes, "quota")
    ((left, _), (right, _)) = quota.get_segments()[0]
    assert (2021.5, 2029.0) == (left, right)  # the axis starts at 2021.5; 2030-01-01 is 2029.0


def test_each_sex_target_line_band_and_year(mpl, company, bestuur_target):
    """33 % of each sex by 2026: lines at 33 % and 67 %, the band between, the year marked."""
    axes = charts.composition_chart(company, "bestuur", target=bestuur_target).axes[0]
    assert [0.33, 0.33] == pytest.approx(list(line(axes, "target").get_ydata()))
    assert [0.67, 0.67] == pytest.approx(list(line(axes, "target-upper").get_ydata()))
    (band,) = by_gid(axes, "target-band")
    if hasattr(band, "get_height"):  # a Rectangle from matplotlib 3.9 on
        ys = [band.get_y(), band.get_y() + band.get_height()]
    else:  # a Polygon in matplotlib 3.8
        ys = list(band.get_xy()[:, 1])
    assert {0.33, 0.67} == {round(float(y), 2) for y in ys}
    assert [2026, 2026] == list(line(axes, "target-year").get_xdata())
    assert axes.get_xlim()[1] > 2026
    assert "Target: at least 33% of each sex by 2026" in axes.get_legend_handles_labels()[1]


def test_women_share_target_has_no_band(mpl, company):
    """A share-of-women target is one line: no upper line, no band."""
    target = Target("rvc", TargetForm.WOMEN_SHARE, "40%", target_year=2027)
    axes = charts.composition_chart(company, "rvc", target=target).axes[0]
    assert [0.4, 0.4] == pytest.approx(list(line(axes, "target").get_ydata()))
    assert [] == by_gid(axes, "target-upper")
    assert [] == by_gid(axes, "target-band")


def test_women_count_target_is_a_share_of_the_last_size(mpl, company):
    """Two women in an RvC of six (its size at the end of 2025): the line stands at 2/6."""
    target = Target("rvc", TargetForm.WOMEN_COUNT, 2, target_year=2027)
    axes = charts.composition_chart(company, "rvc", target=target).axes[0]
    assert [1 / 3, 1 / 3] == pytest.approx(list(line(axes, "target").get_ydata()))


def test_target_of_another_organ_or_a_flow_is_refused(mpl, company, bestuur_target):
    """A target must count the charted organ's composition."""
    with pytest.raises(InvalidArgument, match="not a target for rvc"):
        charts.composition_chart(company, "rvc", target=bestuur_target)
    inflow = Target("bestuur", "women_share", "50%", target_year=2026, flow=Flow.INFLOW)
    with pytest.raises(InvalidArgument, match="counts appointments"):
        charts.composition_chart(company, "bestuur", target=inflow)


def test_projection_is_dotted_and_joins_the_last_year(mpl, company):
    """A projection from 2026 starts at the 2025 point (1/6) and is drawn dotted."""
    projection = [(2026, Fraction(2, 6)), (2027, 0.5)]
    axes = charts.composition_chart(company, "rvc", projection=projection).axes[0]
    dotted = line(axes, "projection")
    assert [2025, 2026, 2027] == list(dotted.get_xdata())
    assert [1 / 6, 1 / 3, 0.5] == pytest.approx(list(dotted.get_ydata()))
    assert ":" == dotted.get_linestyle()


def test_projection_gap_for_an_empty_organ(mpl, company):
    """A projected share of None (an empty organ) is a gap in the dotted line."""
    axes = charts.composition_chart(company, "rvc", projection=[(2026, None), (2027, 0.5)])
    dotted = line(axes.axes[0], "projection")
    assert [2026, 2027] == list(dotted.get_xdata())
    assert math.isnan(dotted.get_ydata()[0])


@pytest.mark.parametrize(
    "projection",
    [
        "2026: 40%",
        [(2026,)],
        [(2026.5, 0.4)],
        [(True, 0.4)],
        [(2026, 1.5)],
        [(2026, float("nan"))],
        [(2026, "40%")],
        [(2027, 0.4), (2026, 0.5)],
        42,
    ],
)
def test_malformed_projection(mpl, company, projection):
    """A projection that is not increasing (year, share) pairs is refused."""
    with pytest.raises(InvalidArgument, match="projection"):
        charts.composition_chart(company, "rvc", projection=projection)


def test_unknown_organ_or_company(mpl, company):
    """An organ without compositions, or no Company, is refused with the library's error."""
    with pytest.raises(InvalidArgument, match="no composition"):
        charts.composition_chart(company, "non_executive")
    with pytest.raises(InvalidArgument, match="company"):
        charts.composition_chart("Polderchemie", "rvc")
    with pytest.raises(InvalidArgument, match="quota_line"):
        charts.composition_chart(company, "rvc", quota_line="yes")


# --- language --------------------------------------------------------------------------------


def test_language_switches_the_labels(mpl, company, bestuur_target):
    """Title, axis labels and legend in English and in Dutch."""
    english = charts.composition_chart(company, "bestuur", target=bestuur_target).axes[0]
    dutch = charts.composition_chart(company, "bestuur", target=bestuur_target, language="nl").axes[
        0
    ]
    assert ("Share of women", "End of financial year") == (
        english.get_ylabel(),
        english.get_xlabel(),
    )
    assert ("Aandeel vrouwen", "Einde boekjaar") == (dutch.get_ylabel(), dutch.get_xlabel())
    assert "Polderchemie N.V.: Management board" == english.get_title(loc="left")
    assert "Polderchemie N.V.: Bestuur" == dutch.get_title(loc="left")
    labels = dutch.get_legend_handles_labels()[1]
    assert "Streefcijfer: ten minste 33% van elk geslacht in 2026" in labels
    assert "Beide geslachten op of boven het streefcijfer" in labels
    rvc = charts.composition_chart(company, "rvc", language="nl").axes[0]
    assert ["Aandeel vrouwen", "Ingroeiquotum: ten minste een derde van elk geslacht"] == (
        rvc.get_legend_handles_labels()[1]
    )


def test_unknown_language(mpl, company):
    """Only 'nl' and 'en'."""
    with pytest.raises(InvalidArgument, match="language"):
        charts.composition_chart(company, "rvc", language="de")
    with pytest.raises(InvalidArgument, match="language"):
        charts.company_overview(company, language="fr")


# --- overview --------------------------------------------------------------------------------


def test_overview_has_one_panel_per_organ(mpl, company):
    """Four organs, four panels, in the company's order, each with its target or the quota."""
    figure = charts.company_overview(company, targets=samples.sample_targets())
    titles = [axes.get_title(loc="left") for axes in figure.axes]
    assert [
        "Management board",
        "Supervisory board",
        "Subtop: Directeuren",
        "Subtop: Afdelingshoofden",
    ] == titles
    bestuur, rvc, directors, heads = figure.axes
    assert [0.33, 0.30, 0.35] == pytest.approx(
        [line(axes, "target").get_ydata()[0] for axes in (bestuur, directors, heads)]
    )
    assert ([], 1) == (by_gid(rvc, "target"), len(by_gid(rvc, "quota")))
    assert 1 == len(figure.legends)
    assert [1 / 5, 2 / 6, 3 / 6, 1 / 6] == pytest.approx(list(line(rvc, "share").get_ydata()))


def test_overview_removes_the_empty_panel(mpl):
    """Three organs in two columns: the fourth cell is removed."""
    snapshots = [
        Snapshot(organ, date(2024, 12, 31), Composition(2, 1))
        for organ in ("bestuur", "rvc", "subtop:Managers")
    ]
    company = Company("X", "BV", financial_years=calendar_years(2024, 2024), snapshots=snapshots)
    assert 3 == len(charts.company_overview(company).axes)


def test_overview_refuses_junk_targets(mpl, company):
    """targets must be Targets."""
    with pytest.raises(InvalidArgument, match=r"targets\[0\]"):
        charts.company_overview(company, targets=["33%"])
    empty = Company("X", "BV", financial_years=calendar_years(2024, 2024))
    with pytest.raises(InvalidArgument, match="no composition"):
        charts.company_overview(empty)


# --- the pictures in the docs ----------------------------------------------------------------


def test_writes_the_docs_pictures(mpl, company):
    """
    The pictures in docs/howto/charts.md come from here: the sample RvC against the quota, and the
    overview of the sample company with its targets.
    """
    STATIC.mkdir(parents=True, exist_ok=True)
    rvc = charts.save_png(charts.composition_chart(company, "rvc"), STATIC / "sample-rvc.png")
    overview = charts.save_png(
        charts.company_overview(company, targets=samples.sample_targets()),
        STATIC / "sample-overview.png",
    )
    assert (1125, 720) == png_size(rvc)
    assert (1560, 1125) == png_size(overview)
