"""
A population's charts (charts/population.py): the plotted figures checked against aggregate
rows and seats built by hand (shares counted by hand), the quota line, both languages, and the
refusals.
"""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import charts
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from ingroeiquotum.model.composition import Seat


@pytest.fixture(autouse=True)
def mpl():
    """matplotlib, or skip: the charts need the 'charts' extra."""
    return pytest.importorskip("matplotlib")


def row(year, organ_group, seats, women, *, group_by="all", group="all", **more):
    """An aggregate row in the shape of bulk.aggregate (share of seats: women / seats)."""
    share = None if seats in (None, 0) or women is None else women / seats
    return {"year": year, "group_by": group_by, "group": group, "organ_group": organ_group,
            "seats": seats, "women": women, "share_of_seats_women": share, **more}  # fmt: skip


# Three years: RvC 12/48, 15/50, 18/50 seats held by women; bestuur 3/30, 4/32, 5/30;
# subtop 40/150, 45/150, 50/150. Listed RvCs meeting the quota: 60/80, 66/82, 73/82.
ROWS = [
    row(2022, "rvc", 48, 12, listed=80, listed_meeting_quota=60, median_target=0.3),
    row(2023, "rvc", 50, 15, listed=82, listed_meeting_quota=66, median_target=0.3),
    row(2024, "rvc", 50, 18, listed=82, listed_meeting_quota=73, median_target=1 / 3),
    row(2022, "bestuur", 30, 3, listed=None, listed_meeting_quota=None),
    row(2023, "bestuur", 32, 4, listed=None, listed_meeting_quota=None),
    row(2024, "bestuur", 30, 5, listed=None, listed_meeting_quota=None),
    row(2022, "subtop", 150, 40),
    row(2023, "subtop", 150, 45),
    row(2024, "subtop", 150, 50),
    row(2024, "rvc", 20, 4, group_by="section", group="C"),
    row(2024, "rvc", 10, 5, group_by="section", group="K"),
    row(2024, "rvc", 30, 6, group_by="section", group="G"),
    row(2024, "rvc", None, None, group_by="section", group="B", suppressed=True),
    row(2024, "bestuur", 10, 1, group_by="section", group="C"),
    row(2024, "bestuur", 10, 2, group_by="section", group="D"),
    row(2024, "bestuur", 10, 3, group_by="section", group="Z"),
    row(2023, "rvc", 20, 2, group_by="section", group="C"),
]


def lines(axes, gid):
    """The Line2D artists on ``axes`` with ``gid``, by label."""
    return {line.get_label(): line for line in axes.get_lines() if line.get_gid() == gid}


def by_gid(axes, gid):
    """Every artist on ``axes`` with ``gid``."""
    return [artist for artist in axes.get_children() if artist.get_gid() == gid]


def bar_heights(axes):
    """The height of each bar on ``axes``, in the order drawn."""
    return [patch.get_height() for patch in axes.patches]


# --- the share of seats per organ group over the years ---------------------------------------


def test_population_lines_are_the_shares_of_seats():
    """One line per organ group, bestuur, RvC, subtop, at women / seats counted by hand."""
    axes = charts.population_chart(ROWS).axes[0]
    shares = lines(axes, "share")
    assert ["Management board", "Supervisory board", "Subtop"] == list(shares)
    expected = {
        "Management board": [3 / 30, 4 / 32, 5 / 30],
        "Supervisory board": [12 / 48, 15 / 50, 18 / 50],
        "Subtop": [40 / 150, 45 / 150, 50 / 150],
    }
    for label, values in expected.items():
        assert [2022, 2023, 2024] == list(shares[label].get_xdata())
        assert values == pytest.approx(list(shares[label].get_ydata()))


def test_population_share_from_women_and_seats_where_the_share_is_missing():
    """Without share_of_seats_women the line is women / seats; a suppressed year is a gap."""
    rows = [
        {"year": 2022, "organ_group": "rvc", "seats": 40, "women": 10},
        {"year": 2023, "organ_group": "rvc", "seats": None, "women": None, "suppressed": True},
        {"year": 2024, "organ_group": "rvc", "seats": 40, "women": 14},
    ]
    share = lines(charts.population_chart(rows).axes[0], "share")["Supervisory board"]
    ys = list(share.get_ydata())
    assert [0.25, 0.35] == pytest.approx([ys[0], ys[2]])
    assert math.isnan(ys[1])


def test_population_median_target_and_quota():
    """The RvC's median target, dashed per year; the quota's third over 2022-2029 only."""
    axes = charts.population_chart(ROWS).axes[0]
    (target,) = lines(axes, "median-target").values()
    assert "Median target: Supervisory board" == target.get_label()
    assert [0.3, 0.3, 1 / 3] == pytest.approx(list(target.get_ydata()))
    (quota,) = by_gid(axes, "quota")
    ((start, level), (end, _)) = quota.get_segments()[0]
    assert (2021.5, 1 / 3, 2024.5) == pytest.approx((start, level, end))
    later = [row(2028, "rvc", 10, 4), row(2031, "rvc", 10, 5)]
    (quota,) = by_gid(charts.population_chart(later).axes[0], "quota")
    ((start, _), (end, _)) = quota.get_segments()[0]
    assert (2027.5, 2029.0) == pytest.approx((start, end))  # in force until 1 January 2030


def test_population_organ_groups_chosen():
    """organ_groups picks the lines and their order; an absent group is refused by name."""
    axes = charts.population_chart(ROWS, organ_groups=["subtop", "rvc"]).axes[0]
    assert ["Subtop", "Supervisory board"] == list(lines(axes, "share"))
    category = [row(2024, "subtop:Directie-1", 10, 3)]
    axes = charts.population_chart(category, organ_groups=["subtop:Directie-1"]).axes[0]
    assert ["Subtop: Directie-1"] == list(lines(axes, "share"))
    with pytest.raises(InvalidArgument, match="only for") as info:
        charts.population_chart(ROWS, organ_groups=["rvc", "raad"])
    assert ["raad"] == info.value.value


def test_population_labels_in_dutch_and_english():
    """Title, axes and legend in both languages."""
    english = charts.population_chart(ROWS).axes[0]
    dutch = charts.population_chart(ROWS, language="nl").axes[0]
    assert ("Share of seats held by women", "Financial year") == (
        english.get_ylabel(),
        english.get_xlabel(),
    )
    assert ("Aandeel zetels bezet door vrouwen", "Boekjaar") == (
        dutch.get_ylabel(),
        dutch.get_xlabel(),
    )
    assert "Aandeel zetels bezet door vrouwen, per orgaan" == dutch.get_title(loc="left")
    assert [
        "Bestuur",
        "Raad van commissarissen",
        "Mediaan streefcijfer: Raad van commissarissen",
        "Subtop",
        "Ingroeiquotum: een derde (raad van commissarissen van een beursvennootschap)",
    ] == dutch.get_legend_handles_labels()[1]


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        ("rows", InvalidArgument),
        ({"year": 2024}, InvalidArgument),
        ([{"year": "2024", "organ_group": "rvc"}], LoadError),
        ([{"year": True, "organ_group": "rvc"}, 3], LoadError),
        ([], InvalidArgument),
    ],
)
def test_population_refuses_junk(rows, error):
    """Not rows, a row without an int year (every one listed), or no figure at all."""
    with pytest.raises(error):
        charts.population_chart(rows)


# --- sectors ---------------------------------------------------------------------------------


def test_sector_bars_of_the_latest_year_highest_on_top():
    """RvC 2024: G 6/30, C 4/20, K 5/10, in rising order; the suppressed B left out."""
    axes = charts.sector_chart(ROWS).axes[0]
    assert [
        "C Manufacturing",
        "G Wholesale and retail trade",
        "K Financial and insurance activities",
    ] == [label.get_text() for label in axes.get_yticklabels()]
    assert [4 / 20, 6 / 30, 5 / 10] == pytest.approx([bar.get_width() for bar in axes.patches])
    assert ["4/20", "6/30", "5/10"] == [text.get_text() for text in by_gid(axes, "count-label")]
    (quota,) = by_gid(axes, "quota")
    assert [1 / 3, 1 / 3] == pytest.approx(list(quota.get_xdata()))
    assert "Share of seats held by women per sector: Supervisory board, 2024" == axes.get_title(
        loc="left"
    )


def test_sector_year_and_organ_group_chosen():
    """Another year and organ group; the quota line only while the quota is in force."""
    axes = charts.sector_chart(ROWS, year=2023).axes[0]
    assert [2 / 20] == pytest.approx([bar.get_width() for bar in axes.patches])
    axes = charts.sector_chart(ROWS, organ_group="bestuur", language="nl").axes[0]
    assert [1 / 10, 2 / 10, 3 / 10] == pytest.approx([bar.get_width() for bar in axes.patches])
    assert ["C Industrie", "D Energievoorziening", "Z"] == [
        label.get_text() for label in axes.get_yticklabels()
    ]
    english = charts.sector_chart(ROWS, organ_group="bestuur").axes[0]
    assert "D Electricity, gas, steam and air…" == english.get_yticklabels()[1].get_text()
    assert "Aandeel zetels bezet door vrouwen per sector: Bestuur, 2024" == axes.get_title(
        loc="left"
    )
    assert "Sector (SBI)" == axes.get_ylabel()
    late = [row(2030, "rvc", 10, 2, group_by="section", group="C")]
    assert [] == by_gid(charts.sector_chart(late).axes[0], "quota")


def test_sector_without_figures_is_refused():
    """No row of that grouping, organ group and year."""
    with pytest.raises(InvalidArgument, match="no share of seats"):
        charts.sector_chart(ROWS, year=2019)
    with pytest.raises(InvalidArgument, match="no share of seats"):
        charts.sector_chart(ROWS, group_by="size")
    division = [row(2024, "rvc", 10, 3, group_by="division", group="64")]
    assert ["64"] == [
        label.get_text()
        for label in charts.sector_chart(division, group_by="division").axes[0].get_yticklabels()
    ]


# --- listed companies meeting the quota -------------------------------------------------------


def test_quota_bars_are_the_share_of_listed_companies_meeting_it():
    """60/80, 66/82 and 73/82, each bar labelled with both counts."""
    axes = charts.quota_chart(ROWS).axes[0]
    assert [60 / 80, 66 / 82, 73 / 82] == pytest.approx(bar_heights(axes))
    assert [2022, 2023, 2024] == pytest.approx([bar.get_x() + 0.3 for bar in axes.patches])
    assert ["60/80", "66/82", "73/82"] == [text.get_text() for text in by_gid(axes, "count-label")]
    assert "Listed companies whose supervisory board meets the quota" == axes.get_title(loc="left")
    dutch = charts.quota_chart(ROWS, language="nl").axes[0]
    assert "Aandeel beursvennootschappen" == dutch.get_ylabel()


def test_quota_share_is_over_the_listed_companies_the_quota_reaches():
    """With listed_quota_applies (aggregate's count), that is the denominator, not listed."""
    rows = [row(2024, "rvc", 50, 18, listed=82, listed_quota_applies=80, listed_meeting_quota=72)]
    axes = charts.quota_chart(rows).axes[0]
    assert [72 / 80] == pytest.approx(bar_heights(axes))
    assert ["72/80"] == [text.get_text() for text in by_gid(axes, "count-label")]


def test_quota_chart_needs_listed_companies():
    """A year with no listed company has no bar; no listed company at all is refused."""
    rows = [*ROWS[:2], row(2024, "rvc", 50, 18, listed=0, listed_meeting_quota=0)]
    assert 2 == len(charts.quota_chart(rows).axes[0].patches)
    with pytest.raises(InvalidArgument, match="listed"):
        charts.quota_chart(ROWS[3:])


# --- new appointments going to women ----------------------------------------------------------


SEATS = [
    {"organ": "rvc", "gender": "woman", "start": "2023-04-20", "end": "2027-04-20"},
    {"organ": "rvc", "gender": "man", "start": "2023-06-01"},
    {"organ": "rvc", "gender": "man", "start": "2023-06-01", "first_appointed": "2019-06-01"},
    {"organ": "rvc", "gender": "woman", "start": "2024-01-01", "first_appointed": "2024-01-01"},
    {"organ": "rvc", "gender": "unknown", "start": "2024-05-01"},
    {"organ": "executive", "gender": "V", "start": "2024-02-01"},
    {"organ": "bestuur", "gender": "man", "start": "2024-03-01"},
    {"organ": "bestuur", "gender": "man", "start": "2024-03-01"},
]
"""By hand: RvC 2023 1 woman of 2 new (the reappointed man left out); RvC 2024 1 of 1 (the
unknown left out); bestuur 2024 1 of 3."""


def test_appointments_share_per_organ_group_and_year():
    """The shares and labels counted by hand above; bestuur bars left of the RvC's."""
    axes = charts.appointments_chart(SEATS).axes[0]
    assert [1 / 3, 1 / 2, 1] == pytest.approx(bar_heights(axes))
    centres = [bar.get_x() + bar.get_width() / 2 for bar in axes.patches]
    assert [2023.8, 2023.2, 2024.2] == pytest.approx(centres)
    assert ["1/3", "1/2", "1/1"] == [text.get_text() for text in by_gid(axes, "count-label")]
    assert ["Management board", "Supervisory board"] == axes.get_legend_handles_labels()[1]


def test_appointments_from_seat_objects_and_in_dutch():
    """Seats without an organ are one group; a seat of the sample plan's kind is read as is."""
    seats = [
        Seat("woman", date(2022, 4, 23)),
        Seat("man", date(2022, 4, 23)),
        Seat("man", date(2022, 4, 23)),
        Seat("woman", date(2022, 4, 23), first_appointed=date(2018, 4, 23)),
    ]
    axes = charts.appointments_chart(seats, language="nl").axes[0]
    assert [1 / 3] == pytest.approx(bar_heights(axes))
    assert "Aandeel nieuwe benoemingen dat naar een vrouw gaat" == axes.get_title(loc="left")
    assert ("Vrouwen onder de nieuwe benoemingen", "Jaar van benoeming") == (
        axes.get_ylabel(),
        axes.get_xlabel(),
    )
    assert axes.get_legend() is None


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["woman", "man", "other", "unknown"]),
            st.integers(2020, 2025),
            st.booleans(),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_appointments_share_is_women_over_recorded_first_terms(seats):
    """Per year: women / (first terms of recorded gender), counted the obvious way."""
    objects = [
        Seat(gender, date(year, 5, 1), first_appointed=date(year - 4, 5, 1) if again else None)
        for gender, year, again in seats
    ]
    new = [(gender, year) for gender, year, again in seats if not again and gender != "unknown"]
    years = sorted({year for _, year in new})
    if not years:
        with pytest.raises(InvalidArgument, match="no new appointment"):
            charts.appointments_chart(objects)
        return
    expected = [
        sum(g == "woman" for g, y in new if y == year) / sum(y == year for _, y in new)
        for year in years
    ]
    axes = charts.appointments_chart(objects).axes[0]
    assert expected == pytest.approx(bar_heights(axes))


def test_appointments_refuse_bad_rows_all_at_once():
    """Every bad seat row is named: its position, field and value."""
    rows = [
        {"organ": "rvc", "gender": "woman", "start": "23-04-2024"},
        {"organ": "raad", "gender": "man", "start": "2024-04-23"},
        {"organ": "rvc", "gender": "zebra", "start": "2024-04-23"},
        {"organ": "rvc", "gender": "man"},
        {"organ": "rvc", "gender": "man", "start": "2024-04-23", "end": "2020-01-01"},
        "seat",
    ]
    with pytest.raises(LoadError) as info:
        charts.appointments_chart(rows)
    found = [(error.row, error.field) for error in info.value.errors]
    assert [(1, "start"), (2, "organ"), (3, "gender"), (4, "start"), (5, "end"), (6, "seat")] == (
        found
    )
    with pytest.raises(InvalidArgument):
        charts.appointments_chart("seats")


# --- on bulk.aggregate's own rows -------------------------------------------------------------


def test_charts_read_the_rows_of_bulk_aggregate():
    """
    Two listed companies over two years, aggregated by bulk.aggregate: RvC seats held by women
    3/11 in 2023 and 5/11 in 2024 (counted by hand); the quota met by 1 of 2, then 2 of 2.
    """
    from ingroeiquotum import bulk

    def company(name, year, men, women, sector):
        return {"company": name, "organ": "rvc", "date": date(year, 12, 31), "legal_form": "NV",
                "listed": True, "men": men, "women": women, "sector": sector}  # fmt: skip

    rows = [
        company("A", 2023, 4, 2, "6419"),
        company("B", 2023, 4, 1, "2014"),
        company("A", 2024, 3, 3, "6419"),
        company("B", 2024, 3, 2, "2014"),
    ]
    summary = bulk.aggregate(rows)
    share = lines(charts.population_chart(summary).axes[0], "share")["Supervisory board"]
    assert [3 / 11, 5 / 11] == pytest.approx(list(share.get_ydata()), abs=1e-4)
    axes = charts.quota_chart(summary).axes[0]
    assert ["1/2", "2/2"] == [text.get_text() for text in by_gid(axes, "count-label")]
    sectors = charts.sector_chart(summary).axes[0]
    assert ["C Manufacturing", "K Financial and insurance activities"] == [
        label.get_text() for label in sectors.get_yticklabels()
    ]
    assert [2 / 5, 3 / 6] == pytest.approx([bar.get_width() for bar in sectors.patches], abs=1e-4)


@given(
    st.dictionaries(
        st.integers(2015, 2035),
        st.tuples(st.integers(1, 500), st.integers(0, 500)).map(lambda p: (p[0], min(p))),
        min_size=1,
        max_size=8,
    )
)
def test_population_line_is_women_over_seats_in_any_years(figures):
    """For any years and counts, the RvC line is women / seats year by year, in order."""
    rows = [
        {"year": year, "organ_group": "rvc", "seats": seats, "women": women}
        for year, (seats, women) in figures.items()
    ]
    share = lines(charts.population_chart(rows).axes[0], "share")["Supervisory board"]
    years = sorted(figures)
    assert years == list(share.get_xdata())
    expected = [figures[year][1] / figures[year][0] for year in years]
    assert expected == pytest.approx(list(share.get_ydata()))
