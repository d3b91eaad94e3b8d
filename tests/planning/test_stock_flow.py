"""
Tests for ``ingroeiquotum.planning.stock_flow`` (public path ``ingroeiquotum.projection``): the
stock and flow model and its rounding.

The hand computations follow the rounding the module documents: every split into whole persons
is rounded half up after adding the part rounded off in the same split the year before.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum.composition import Composition
from ingroeiquotum.organs import Organ
from ingroeiquotum.projection import (
    Course,
    YearProjection,
    pipeline,
    project,
)
from strategies import shares, starts, years

BESTUUR = Organ.parse("bestuur")


RVC = Organ.parse("rvc")


SUBTOP = Organ.parse("subtop:Directors")


def women(entries):
    """The number of women at the end of each year of a projection."""
    return [entry.composition.women for entry in entries]


def test_ten_person_board_by_hand():
    """
    A board of 8 men and 2 women, 20 % outflow, 50 % women in the inflow, computed by hand.

    2025: 2 leave (20 % of 10). Women leaving: 2 * 2/10 = 2/5, rounds to 0, carry 2/5; so 2
          men leave. 2 arrive, women 1/2 * 2 = 1 -> 1 (carry 0). 7 men, 3 women.
    2026: women leaving 2 * 3/10 + 2/5 = 1 -> 1 (carry 0); 1 man. 1 woman, 1 man arrive: 7/3.
    2027: women leaving 3/5 + 0 -> 1 (carry -2/5); 1 man. 1 woman, 1 man arrive: 7/3.
    2028: women leaving 3/5 - 2/5 = 1/5 -> 0 (carry 1/5); 2 men. 1 woman, 1 man arrive: 6/4.
    """
    entries = project(Composition(8, 2), Course("20%", "50%"), 2024, 4)
    expected = [
        # year, men, women, men leaving, women leaving, men arriving, women arriving
        (2024, 8, 2, 0, 0, 0, 0),
        (2025, 7, 3, 2, 0, 1, 1),
        (2026, 7, 3, 1, 1, 1, 1),
        (2027, 7, 3, 1, 1, 1, 1),
        (2028, 6, 4, 2, 0, 1, 1),
    ]
    actual = [
        (
            entry.year,
            entry.composition.men,
            entry.composition.women,
            entry.departures.men,
            entry.departures.women,
            entry.arrivals.men,
            entry.arrivals.women,
        )
        for entry in entries
    ]
    assert expected == actual
    assert Fraction(2, 5) == entries[-1].share_women


def test_long_run_reaches_the_inflow_share():
    """With 50 % women in the inflow the 10-person board settles at 5 women (error diffusion)."""
    entries = project(Composition(8, 2), Course("20%", "50%"), 2024, 12)
    assert [3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5] == women(entries)[1:]


def test_departures_carry_their_remainder():
    """15 % of 10 members is 1.5: the departures alternate 2, 1, 2, 1 instead of always 2."""
    entries = project(Composition(5, 5), Course("15%", "50%"), 2024, 4)
    assert [2, 1, 2, 1] == [entry.departures.members for entry in entries[1:]]


def test_women_among_arrivals_carry_their_remainder():
    """Everybody leaves every year; a third of 10 arrivals is 3, 4, 3 women (3 1/3 on average)."""
    entries = project(Composition(10, 0), Course(1, "1/3"), 2024, 3)
    assert [3, 4, 3] == [entry.arrivals.women for entry in entries[1:]]


def test_start_is_the_first_item():
    """The first item is the start, with nobody leaving or joining."""
    first = project(Composition(3, 1), Course("50%", "50%"), 2024, 0)
    assert 1 == len(first)
    assert (2024, Composition(3, 1), 0, 0) == (
        first[0].year,
        first[0].composition,
        first[0].departures.members,
        first[0].arrivals.members,
    )


def test_organ_is_recorded():
    """The organ given is recorded on every year; without one it is None."""
    assert {RVC} == {
        entry.organ for entry in project(Composition(3, 1), Course(0, 0), 2024, 2, organ="rvc")
    }
    assert {None} == {entry.organ for entry in project(Composition(3, 1), Course(0, 0), 2024, 2)}


def test_growth_adds_seats():
    """Growth adds seats each year, filled by inflow: 10, 12, 14 with all inflow women."""
    entries = project(Composition(10, 0), Course(0, 1, growth=2), 2024, 2)
    assert [10, 12, 14] == [entry.composition.members for entry in entries]
    assert [0, 2, 4] == women(entries)


def test_headcount_changes_the_size_in_the_first_year():
    """A headcount below the start size forces departures in the first year, then stays."""
    entries = project(Composition(6, 2), Course(0, 0, headcount=5), 2024, 2)
    assert [8, 5, 5] == [entry.composition.members for entry in entries]
    assert 3 == entries[1].departures.members
    # 3 leave, women 3 * 2/8 = 3/4 -> 1; so 2 men.
    assert Composition(2, 1) == entries[1].departures


def test_shrinking_never_below_zero():
    """Negative growth shrinks the organ, never below zero members."""
    entries = project(Composition(2, 1), Course(0, 0, growth=-2), 2024, 3)
    assert [3, 1, 0, 0] == [entry.composition.members for entry in entries]


def test_other_and_unknown_leave_but_are_not_replaced_in_kind():
    """People registered as neither sex leave in proportion; arrivals are men or women."""
    entries = project(Composition(2, 2, other=4), Course("50%", "50%"), 2024, 1)
    # 4 leave; women 4 * 2/8 = 1; the other 3 split over 2 men and 4 others: 1 and 2.
    assert Composition(1, 1, other=2) == entries[1].departures
    assert Composition(3, 3, other=2) == entries[1].composition
    assert 0 == entries[1].arrivals.other


def test_largest_remainder_ties_go_to_the_larger_group():
    """Men 3, other 1: one departure not a woman goes to the men (larger remainder)."""
    entries = project(Composition(3, 0, other=1), Course("25%", 0), 2024, 1)
    assert Composition(1, 0) == entries[1].departures


def test_pipeline_by_hand():
    """
    A subtop of 6 men and 4 women feeds a bestuur of 4 men: all bestuur vacancies by promotion,
    in proportion to the subtop's sexes.

    2026: bestuur: 1 leaves (25 % of 4). Subtop: 1 leaves (10 % of 10), women 4/10 -> 0 (carry
          2/5): 5 men 4 women left. 1 promoted, women 4/9 -> 0 (carry 4/9): a man. The subtop
          has 2 vacancies: women 1/2 * 2 = 1. Bestuur 4 men; subtop 5 men 5 women.
    2027: bestuur: 1 leaves. Subtop: 1 leaves, women 5/10 + 2/5 = 9/10 -> 1 (carry -1/10):
          5 men 4 women left. 1 promoted, women 4/9 + 4/9 = 8/9 -> 1: a woman, which leaves 5
          men 3 women and 2 vacancies, women 1/2 * 2 = 1. Bestuur 3 men 1 woman; subtop 6 men 4
          women.
    """
    result = pipeline(
        {"subtop:Directors": Composition(6, 4), "bestuur": Composition(4, 0)},
        {
            "subtop:Directors": Course("10%", "50%"),
            "bestuur": Course("25%", 0, source="subtop:Directors"),
        },
        2025,
        2,
    )
    bestuur, subtop = result[BESTUUR], result[SUBTOP]
    assert [Composition(1, 0), Composition(0, 1)] == [entry.promoted for entry in bestuur[1:]]
    assert [entry.promoted for entry in bestuur] == [entry.promoted_out for entry in subtop]
    assert [Composition(5, 5), Composition(6, 4)] == [entry.composition for entry in subtop[1:]]
    assert [Composition(4, 0), Composition(3, 1)] == [entry.composition for entry in bestuur[1:]]
    assert [SUBTOP, BESTUUR] == list(result)  # the order the courses were given in


def test_promotion_the_source_cannot_fill_goes_to_external_inflow():
    """All promoted should be women, but the source has none: the seats go to external inflow."""
    result = pipeline(
        {"subtop:Directors": Composition(5, 0), "bestuur": Composition(2, 0)},
        {
            "subtop:Directors": Course(0, 0),
            "bestuur": Course("50%", 1, source="subtop:Directors", promotion_women=1),
        },
        2025,
        1,
    )
    year = result[BESTUUR][1]
    assert (Composition(0, 0), Composition(0, 1)) == (year.promoted, year.arrivals)
    assert Composition(5, 0) == result[SUBTOP][1].composition


def test_promotion_share_of_vacancies():
    """Half of the vacancies by promotion: 2 vacancies, 1 promoted, 1 from outside."""
    result = pipeline(
        {"subtop:Directors": Composition(5, 5), "rvc": Composition(4, 0)},
        {
            "subtop:Directors": Course(0, 0),
            "rvc": Course("50%", 1, source="subtop:Directors", promotion="50%", promotion_women=0),
        },
        2025,
        1,
    )
    year = result[RVC][1]
    assert (Composition(1, 0), Composition(1, 1)) == (year.promoted, year.arrivals)


def test_two_organs_draw_on_one_source_in_the_order_given():
    """Two organs promoting from one small source: the first given draws first."""
    result = pipeline(
        {
            "subtop:Directors": Composition(0, 1),
            "bestuur": Composition(1, 0),
            "rvc": Composition(1, 0),
        },
        {
            "subtop:Directors": Course(0, 0),
            "bestuur": Course(1, 0, source="subtop:Directors"),
            "rvc": Course(1, 0, source="subtop:Directors"),
        },
        2025,
        1,
    )
    assert (Composition(0, 1), Composition(0, 0)) == (
        result[BESTUUR][1].promoted,
        result[RVC][1].promoted,
    )
    assert Composition(0, 1) == result[SUBTOP][1].promoted_out


def test_three_level_pipeline():
    """A chain: subtop:B feeds subtop:A feeds the bestuur; everyone stays within size."""
    result = pipeline(
        {
            "bestuur": Composition(3, 0),
            "subtop:A": Composition(6, 2),
            "subtop:B": Composition(10, 10),
        },
        {
            "bestuur": Course("1/3", 0, source="subtop:A"),
            "subtop:A": Course("25%", "50%", source="subtop:B"),
            "subtop:B": Course("10%", "50%"),
        },
        2025,
        5,
    )
    assert {3, 8, 20} == {entries[-1].composition.members for entries in result.values()}
    promoted_a = sum(entry.promoted.members for entry in result[Organ.parse("subtop:A")])
    out_b = sum(entry.promoted_out.members for entry in result[Organ.parse("subtop:B")])
    assert promoted_a == out_b


start_years = st.integers(2020, 2030)


def rising(values):
    """Whether the shares (None skipped) never fall."""
    known = [value for value in values if value is not None]
    return all(a <= b for a, b in itertools.pairwise(known))


@given(starts(), shares, st.integers(0, 3), years, start_years)
def test_all_women_inflow_never_lowers_the_share(start, outflow, growth, count, first):
    """With every arrival a woman (and no shrinking) the share of women never falls."""
    entries = project(start, Course(outflow, 1, growth=growth), first, count)
    assert rising([entry.share_women for entry in entries])


@given(starts(), shares, st.integers(0, 3), years, start_years)
def test_all_men_inflow_never_raises_the_share(start, outflow, growth, count, first):
    """With every arrival a man (and no shrinking) the share of women never rises."""
    entries = project(start, Course(outflow, 0, growth=growth), first, count)
    assert rising([None if entry.share_women is None else -entry.share_women for entry in entries])


@given(
    starts(),
    shares,
    shares,
    st.one_of(st.none(), st.integers(0, 20)),
    st.integers(-2, 2),
    years,
    start_years,
)
def test_size_and_balance(start, outflow, inflow, headcount, growth, count, first):
    """The size is headcount + growth * t (at least 0); stock = before - out + in, per gender."""
    course = Course(outflow, inflow, headcount=headcount, growth=growth)
    entries = project(start, course, first, count)
    base = start.members if headcount is None else headcount
    assert [max(0, base + growth * t) for t in range(1, count + 1)] == [
        entry.composition.members for entry in entries[1:]
    ]
    assert list(range(first, first + count + 1)) == [entry.year for entry in entries]
    for before, after in itertools.pairwise(entries):
        for name in ("men", "women", "other", "unknown"):
            assert getattr(after.composition, name) == (
                getattr(before.composition, name)
                - getattr(after.departures, name)
                - getattr(after.promoted_out, name)
                + getattr(after.arrivals, name)
            )


@given(starts(), shares, shares, years)
def test_constant_headcount(start, outflow, inflow, count):
    """Without growth or a headcount the organ keeps its size."""
    entries = project(start, Course(outflow, inflow), 2025, count)
    assert {start.members} == {entry.composition.members for entry in entries}


@given(starts(), starts(), shares, shares, shares, st.one_of(st.none(), shares), years)
def test_pipeline_determinism_and_conservation(
    lower, upper, outflow, inflow, promotion, promoted_women, count
):
    """The same input gives the same output; the promoted out of the source are those promoted in."""
    courses = {
        "subtop:A": Course(outflow, inflow),
        "bestuur": Course(
            outflow, inflow, source="subtop:A", promotion=promotion, promotion_women=promoted_women
        ),
    }
    starts_ = {"subtop:A": lower, "bestuur": upper}
    first = pipeline(starts_, courses, 2025, count)
    assert first == pipeline(starts_, courses, 2025, count)
    source, top = first[Organ.parse("subtop:A")], first[BESTUUR]
    assert [entry.promoted for entry in top] == [entry.promoted_out for entry in source]
    assert {upper.members} == {entry.composition.members for entry in top}
    assert {lower.members} == {entry.composition.members for entry in source}


def test_year_projection_share():
    """share_women of an empty organ is None."""
    empty = YearProjection(2025, Composition(0, 0), *(Composition(0, 0),) * 4)
    assert empty.share_women is None
