"""
Tests for ``ingroeiquotum.quota`` (art. 2:142b BW).

Expectations come from the rule book (section 1 and its Decisions), not from the code: an
independent "next multiple of three" formula, exact one-third arithmetic, and a brute-force
oracle that assigns every person of unknown sex to man, woman or other.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ingroeiquotum import quota, readings
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict
from strategies import (
    LAW_START,
    LAW_SUNSET,
    balanced_boards,
    compositions,
    counts,
    dates,
    genders,
    genders_or_unknown,
    in_force_dates,
    out_of_force_dates,
    sexes,
)

ON = date(2024, 4, 18)
SWAP = {"man": "woman", "woman": "man", "other": "other", "unknown": "unknown"}


# -- independent oracles --------------------------------------------------------------------


def next_multiple_of_three_over_three(members: int) -> int:
    """The rule book's rounding, spelled out: the next multiple of three, divided by three."""
    target = members
    while target % 3 != 0:
        target += 1
    return target // 3


def oracle_balanced(men: int, women: int, other: int = 0) -> bool:
    """At least one third men and at least one third women, in exact arithmetic."""
    members = men + women + other
    if members == 0:
        return True
    return Fraction(men, members) >= Fraction(1, 3) and Fraction(women, members) >= Fraction(1, 3)


def oracle_void(
    men: int,
    women: int,
    other: int,
    appointee: str,
    on: date,
    *,
    reappointment: bool = False,
    first_appointed: date | None = None,
    exceptional: bool = False,
) -> bool:
    """Art. 2:142b lid 2 BW as the rule book reads it, for a fully known board and appointee."""
    if not LAW_START <= on < LAW_SUNSET:
        return False
    members = men + women + other
    if oracle_balanced(men, women, other):
        return False
    # "evenwichtiger": the appointee's sex holds less than one third of the board before.
    if appointee == "man" and 3 * men < members:
        return False
    if appointee == "woman" and 3 * women < members:
        return False
    if reappointment and first_appointed is not None and on.year <= first_appointed.year + 8:
        return False
    return not exceptional


def assignments(unknown: int, choices=("man", "woman", "other")):
    """Every way to give each of ``unknown`` people one of ``choices``, person by person."""
    return itertools.product(choices, repeat=unknown)


def completed(composition: Composition, assignment) -> tuple[int, int, int]:
    """The board with the unknown people assigned."""
    return (
        composition.men + assignment.count("man"),
        composition.women + assignment.count("woman"),
        composition.other + assignment.count("other"),
    )


# -- minimum_per_sex ------------------------------------------------------------------------


@given(st.integers(1, 60))
def test_minimum_per_sex_is_next_multiple_of_three_over_three(members):
    """For a board of 1 to 60 members the minimum is the next multiple of three, over 3."""
    assert next_multiple_of_three_over_three(members) == quota.minimum_per_sex(members)


@pytest.mark.parametrize(("members", "expected"), [(4, 2), (5, 2), (10, 4)])
def test_minimum_per_sex_source_examples(members, expected):
    """The sources' worked examples: 4 -> 2, 5 -> 2, 10 -> 4."""
    assert expected == quota.minimum_per_sex(members)


def test_minimum_per_sex_of_empty_board():
    """An empty board needs nobody of either sex."""
    assert 0 == quota.minimum_per_sex(0)


@given(st.integers(0, 10_000))
def test_minimum_per_sex_is_least_count_reaching_one_third(members):
    """The minimum is the least whole number that is at least a third of the members."""
    minimum = quota.minimum_per_sex(members)
    assert 3 * minimum >= members
    assert minimum == 0 or 3 * (minimum - 1) < members


# -- is_balanced ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("men", "women", "expected"),
    [(1, 1, True), (2, 0, False), (0, 2, False), (2, 2, True), (3, 1, False), (1, 3, False)],
)
def test_boards_of_two_and_four_must_be_half_and_half(men, women, expected):
    """Boards of 2 and 4 members are balanced only half and half (rule book, rounding)."""
    assert expected == quota.is_balanced(men, women)


def test_empty_board_is_balanced_and_one_member_board_is_not():
    """An empty board counts as balanced; a one-member board never is (Decisions)."""
    assert (True, False, False, False) == (
        quota.is_balanced(0, 0),
        quota.is_balanced(1, 0),
        quota.is_balanced(0, 1),
        quota.is_balanced(0, 0, other=1),
    )


def test_other_counts_in_size_but_as_neither_sex():
    """2 men, 1 woman and 1 X make 4 members: 2 of each sex are needed, so not balanced."""
    assert (True, False) == (quota.is_balanced(2, 1), quota.is_balanced(2, 1, other=1))


@given(counts, counts, counts)
def test_is_balanced_iff_both_sexes_reach_minimum(men, women, other):
    """is_balanced holds exactly when men and women each reach minimum_per_sex."""
    minimum = quota.minimum_per_sex(men + women + other)
    assert (men >= minimum and women >= minimum) == quota.is_balanced(men, women, other)


@given(counts, counts, counts)
def test_is_balanced_matches_exact_one_third(men, women, other):
    """is_balanced agrees with 'at least one third of each sex' in exact fractions."""
    assert oracle_balanced(men, women, other) == quota.is_balanced(men, women, other)


@given(counts, counts, counts)
def test_is_balanced_is_symmetric(men, women, other):
    """Swapping men and women does not change whether a board is balanced."""
    assert quota.is_balanced(men, women, other) == quota.is_balanced(women, men, other)


# -- check_balance --------------------------------------------------------------------------


def test_check_balance_facts_by_hand():
    """5 men and 1 woman: 6 members, 2 of each needed, 1 woman missing, not compliant."""
    finding = quota.check_balance(Composition(men=5, women=1), ON)
    assert (Verdict.NOT_COMPLIANT, 6, 2, 0, 1, Fraction(1, 6)) == (
        finding.verdict,
        finding.facts["members"],
        finding.facts["minimum_per_sex"],
        finding.facts["men_missing"],
        finding.facts["women_missing"],
        finding.facts["share_women"],
    )


@given(compositions(), in_force_dates)
def test_check_balance_matches_is_balanced(composition, on):
    """Without unknown members check_balance says COMPLIANT exactly when is_balanced."""
    finding = quota.check_balance(composition, on)
    balanced = quota.is_balanced(composition.men, composition.women, composition.other)
    expected = Verdict.COMPLIANT if balanced else Verdict.NOT_COMPLIANT
    assert expected == finding.verdict


@given(compositions(), in_force_dates)
def test_check_balance_is_symmetric(composition, on):
    """Swapping men and women gives the same verdict."""
    swapped = Composition(composition.women, composition.men, composition.other)
    assert quota.check_balance(composition, on).verdict == quota.check_balance(swapped, on).verdict


@given(compositions(max_count=5, unknown=4), in_force_dates)
@settings(max_examples=200)
def test_check_balance_with_unknown_members_matches_oracle(composition, on):
    """With unknown members the verdict is given only when every assignment agrees."""
    verdicts = {
        oracle_balanced(*completed(composition, assignment))
        for assignment in assignments(composition.unknown)
    }
    finding = quota.check_balance(composition, on)
    if len(verdicts) > 1:
        assert Verdict.CANNOT_DECIDE == finding.verdict
        assert "members_sex" in finding.missing
    else:
        (balanced,) = verdicts
        assert (Verdict.COMPLIANT if balanced else Verdict.NOT_COMPLIANT) == finding.verdict


def test_check_balance_cannot_decide_by_hand():
    """2 men, 1 woman, 3 unknown: balanced if one unknown is a woman, not if all are men."""
    finding = quota.check_balance(Composition(men=2, women=1, unknown=3), ON)
    assert (Verdict.CANNOT_DECIDE, ("members_sex",)) == (finding.verdict, finding.missing)


@given(compositions(), out_of_force_dates)
def test_check_balance_not_applicable_outside_the_act(composition, on):
    """Before 2022-01-01 and from 2030-01-01 the quota does not apply."""
    assert Verdict.NOT_APPLICABLE == quota.check_balance(composition, on).verdict


def test_check_balance_non_executive_cites_lid_3():
    """For a one-tier board's non-executives the finding cites art. 2:142b lid 3."""
    finding = quota.check_balance(Composition(2, 2), ON, subject="non_executive")
    assert "art. 2:142b lid 3 BW" in finding.article


# -- appointment_is_void: the core rule -----------------------------------------------------


@pytest.mark.parametrize(
    ("men", "women", "other", "appointee", "expected"),
    [
        (5, 1, 0, "man", True),  # the module's own example, rechecked by hand: 6 -> 2 each
        (5, 1, 0, "woman", False),
        (3, 0, 0, "man", True),
        (3, 0, 0, "woman", False),
        (0, 0, 0, "man", False),  # empty board is balanced
        (1, 0, 0, "man", True),  # one-member board is unbalanced
        (1, 0, 0, "woman", False),
        (4, 2, 0, "man", False),  # balanced before
        (2, 1, 0, "man", False),  # balanced before; tips the board (warning only)
        (3, 1, 0, "man", True),  # 4 members need 2 women
        (3, 1, 0, "woman", False),  # still short after is fine: test the board before
        (5, 1, 0, "other", True),  # X to an unbalanced board: void on the letter
        (3, 3, 4, "man", False),  # 10 members need 4 men: 3 < 4
        (4, 3, 3, "man", True),  # 10 members: men 4 reach the minimum, women 3 do not
    ],
)
def test_appointment_is_void_by_hand(men, women, other, appointee, expected):
    """Hand-computed cases of art. 2:142b lid 2 BW."""
    assert expected == quota.appointment_is_void(men, women, appointee, on=ON, other=other)


@given(counts, counts, counts, genders, dates())
@settings(max_examples=300)
def test_appointment_is_void_matches_oracle(men, women, other, appointee, on):
    """appointment_is_void agrees with the rule book's reading on any board and date."""
    expected = oracle_void(men, women, other, appointee, on)
    assert expected == quota.appointment_is_void(men, women, appointee, on=on, other=other)


@given(counts, counts, counts, sexes, in_force_dates)
def test_appointing_under_represented_sex_is_never_void(men, women, other, appointee, on):
    """Appointing someone of a sex below minimum_per_sex of the board before is never void."""
    minimum = quota.minimum_per_sex(men + women + other)
    assume((men if appointee == "man" else women) < minimum)
    assert not quota.appointment_is_void(men, women, appointee, on=on, other=other)


@given(counts, counts, counts, genders, out_of_force_dates)
def test_nothing_is_void_outside_the_act(men, women, other, appointee, on):
    """Nothing is void before 2022-01-01 nor on or after 2030-01-01."""
    assert not quota.appointment_is_void(men, women, appointee, on=on, other=other)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2021, 12, 31), False),
        (date(2022, 1, 1), True),
        (date(2029, 12, 31), True),
        (date(2030, 1, 1), False),
    ],
)
def test_appointment_void_bounds(on, expected):
    """The quota bites from 2022-01-01 up to and including 2029-12-31."""
    assert expected == quota.appointment_is_void(3, 0, "man", on=on)


@given(counts, counts, counts, genders, in_force_dates)
def test_appointment_is_void_is_symmetric(men, women, other, appointee, on):
    """Swapping men and women (and the appointee's sex) gives the same answer."""
    assert quota.appointment_is_void(
        men, women, appointee, on=on, other=other
    ) == quota.appointment_is_void(women, men, SWAP[appointee], on=on, other=other)


@given(compositions(unknown=3), genders_or_unknown, in_force_dates)
def test_judge_appointment_is_symmetric(before, appointee, on):
    """judge_appointment gives the same verdict with the sexes swapped, unknowns included."""
    swapped = Composition(before.women, before.men, before.other, before.unknown)
    assert (
        quota.judge_appointment(before, appointee, on).verdict
        == quota.judge_appointment(swapped, SWAP[appointee], on).verdict
    )


@given(balanced_boards(), genders, in_force_dates)
def test_balanced_board_never_gives_void_appointment(board, appointee, on):
    """A board that meets the quota before the appointment cannot make it void."""
    men, women, other = board
    assert oracle_balanced(men, women, other)
    finding = quota.judge_appointment(Composition(men, women, other), appointee, on)
    assert Verdict.COMPLIANT == finding.verdict


@given(balanced_boards(), genders, in_force_dates)
def test_tipping_warning_exactly_when_balanced_board_tips(board, appointee, on):
    """A balanced board that is unbalanced after the appointment: valid, with a warning."""
    men, women, other = board
    after = {"man": (1, 0, 0), "woman": (0, 1, 0), "other": (0, 0, 1)}[appointee]
    tips = not oracle_balanced(men + after[0], women + after[1], other + after[2])
    finding = quota.judge_appointment(Composition(men, women, other), appointee, on)
    assert (Verdict.COMPLIANT, tips) == (finding.verdict, "quota.tipping_warning" in finding.notes)


def test_tipping_by_hand():
    """2 men and 1 woman are balanced; a third man makes 4 members needing 2 women."""
    finding = quota.judge_appointment(Composition(2, 1), "man", ON)
    assert (Verdict.COMPLIANT, ("quota.tipping_warning",)) == (finding.verdict, finding.notes)
    assert "quota.tipping_not_void" in {reading.key for reading in finding.readings}


# -- exceptions to nullity ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "on", "expected"),
    [
        (date(2017, 5, 1), date(2025, 12, 31), False),  # 2025 <= 2017 + 8
        (date(2017, 5, 1), date(2026, 1, 1), True),  # 2026 > 2017 + 8
        (date(2014, 12, 31), date(2022, 6, 1), False),
        (date(2014, 12, 31), date(2023, 1, 1), True),
        (date(2024, 4, 18), date(2024, 4, 18), False),  # same day
    ],
)
def test_reappointment_window(first, on, expected):
    """A reappointment is valid when its year is at most the first appointment's year + 8."""
    assert expected == quota.appointment_is_void(
        3, 0, "man", on=on, reappointment=True, first_appointed=first
    )


def test_reappointment_names_its_reading():
    """A valid reappointment names the reappointment-window reading."""
    finding = quota.judge_appointment(
        Composition(3, 0),
        "man",
        date(2025, 5, 1),
        reappointment=True,
        first_appointed=date(2017, 5, 1),
    )
    assert (Verdict.COMPLIANT, True) == (
        finding.verdict,
        "quota.reappointment_window" in {reading.key for reading in finding.readings},
    )


def test_first_appointed_without_reappointment_changes_nothing():
    """first_appointed alone, without reappointment=True, does not save an appointment."""
    assert quota.appointment_is_void(
        3, 0, "man", on=date(2024, 1, 1), first_appointed=date(2020, 1, 1)
    )


@given(counts, counts, counts, genders, in_force_dates, dates(max_value=date(2029, 12, 31)))
def test_reappointment_matches_oracle(men, women, other, appointee, on, first):
    """Reappointments agree with the rule book's eight-year window on any board."""
    assume(first <= on)
    expected = oracle_void(
        men, women, other, appointee, on, reappointment=True, first_appointed=first
    )
    assert expected == quota.appointment_is_void(
        men, women, appointee, on=on, other=other, reappointment=True, first_appointed=first
    )


def test_exceptional_circumstances_make_appointment_valid():
    """Asserted exceptional circumstances (art. 2:135a lid 5 BW) save an appointment."""
    finding = quota.judge_appointment(Composition(3, 0), "man", ON, exceptional_circumstances=True)
    assert (Verdict.COMPLIANT, True) == (
        finding.verdict,
        "quota.exceptional_circumstances_asserted" in {r.key for r in finding.readings},
    )


@given(counts, counts, counts, genders, in_force_dates)
def test_exceptional_circumstances_never_void(men, women, other, appointee, on):
    """With exceptional circumstances no appointment is void."""
    finding = quota.judge_appointment(
        Composition(men, women, other), appointee, on, exceptional_circumstances=True
    )
    assert Verdict.COMPLIANT == finding.verdict


def test_other_appointee_to_unbalanced_board_is_void_with_reading():
    """Appointing an X person to an unbalanced board is void and names the low-confidence reading."""
    finding = quota.judge_appointment(Composition(5, 1), "other", ON)
    keys = {reading.key for reading in finding.readings}
    assert (Verdict.NOT_COMPLIANT, True, True) == (
        finding.verdict,
        "quota.other_appointee_void" in keys,
        "quota.other_is_neither_sex" in keys,
    )


def test_void_finding_cites_nullity():
    """A void appointment cites art. 2:142b lid 2 and art. 2:14 lid 1 BW."""
    finding = quota.judge_appointment(Composition(5, 1), "man", ON)
    assert {"art. 2:142b lid 2 BW", "art. 2:14 lid 1 BW"} == {str(c) for c in finding.citations}


# -- unknown sexes in appointments ----------------------------------------------------------


@given(
    compositions(max_count=5, unknown=3),
    genders_or_unknown,
    in_force_dates,
    st.booleans(),
    st.integers(2010, 2029),
    st.booleans(),
)
@settings(max_examples=250)
def test_judge_appointment_with_unknowns_matches_oracle(
    before, appointee, on, reappointment, first_year, exceptional
):
    """With unknown members or appointee, a verdict only when every assignment agrees."""
    first = date(first_year, 1, 1) if reappointment else None
    assume(first is None or first <= on)
    appointee_choices = ("man", "woman", "other") if appointee == "unknown" else (appointee,)
    voids = {
        oracle_void(
            *completed(before, assignment),
            chosen,
            on,
            reappointment=reappointment,
            first_appointed=first,
            exceptional=exceptional,
        )
        for assignment in assignments(before.unknown)
        for chosen in appointee_choices
    }
    finding = quota.judge_appointment(
        before,
        appointee,
        on,
        reappointment=reappointment,
        first_appointed=first,
        exceptional_circumstances=exceptional,
    )
    if len(voids) > 1:
        assert Verdict.CANNOT_DECIDE == finding.verdict
        expected_missing = set()
        if before.unknown:
            expected_missing.add("members_sex")
        if appointee == "unknown":
            expected_missing.add("appointee_sex")
        assert finding.missing
        assert set(finding.missing) <= expected_missing
    else:
        (void,) = voids
        assert (Verdict.NOT_COMPLIANT if void else Verdict.COMPLIANT) == finding.verdict


def test_unknown_appointee_by_hand():
    """5 men, 1 woman: a woman would be valid, a man void, so an unknown appointee is open."""
    finding = quota.judge_appointment(Composition(5, 1), "unknown", ON)
    assert (Verdict.CANNOT_DECIDE, ("appointee_sex",)) == (finding.verdict, finding.missing)


def test_unknown_member_that_does_not_matter():
    """A balanced part (2 men, 2 women) plus 1 unknown: 5 members, 2 each, always balanced."""
    finding = quota.judge_appointment(Composition(2, 2, unknown=1), "man", ON)
    assert Verdict.COMPLIANT == finding.verdict


# -- judge_meeting --------------------------------------------------------------------------


def test_meeting_void_appointment_leaves_seat_vacant():
    """3 men, then man (void), woman (valid), man (void: 4 members need 2 women)."""
    result = quota.judge_meeting(
        Composition(3, 0),
        [quota.Appointment("man"), quota.Appointment("woman"), quota.Appointment("man")],
        on=ON,
    )
    assert ((0, 2), Composition(3, 1)) == (result.void, result.after)


def test_meeting_departures_free_seats():
    """4 men, 1 woman; a man leaves (3 m, 1 w: 2 women needed), then woman, then man."""
    result = quota.judge_meeting(
        Composition(4, 1),
        [quota.Departure("man"), quota.Appointment("woman"), quota.Appointment("man")],
        on=ON,
    )
    assert (
        [Verdict.COMPLIANT, Verdict.COMPLIANT],
        Composition(4, 2),
    ) == ([finding.verdict for finding in result.findings], result.after)


def test_meeting_order_matters():
    """3 men and 1 woman: a man first is void; a woman first makes the man valid."""
    man_first = quota.judge_meeting(
        Composition(3, 1), [quota.Appointment("man"), quota.Appointment("woman")], on=ON
    )
    woman_first = quota.judge_meeting(
        Composition(3, 1), [quota.Appointment("woman"), quota.Appointment("man")], on=ON
    )
    # 3 m 1 w (4 members, 2 each): a man is void, then a woman is valid -> 3 m 2 w.
    # A woman first is valid -> 3 m 2 w (5 members, 2 each: balanced), then a man is valid.
    assert ((0,), Composition(3, 2), (), Composition(4, 2)) == (
        man_first.void,
        man_first.after,
        woman_first.void,
        woman_first.after,
    )


def test_meeting_emptied_board_takes_any_appointment():
    """A one-man board whose man leaves is empty, hence balanced: a man's appointment is valid."""
    result = quota.judge_meeting(
        Composition(1, 0), [quota.Departure("man"), quota.Appointment("man")], on=ON
    )
    assert ((), Composition(1, 0)) == (result.void, result.after)


def test_meeting_findings_name_the_order_reading():
    """Every finding of a meeting names the meeting-order reading and its position."""
    result = quota.judge_meeting(
        Composition(2, 2), [quota.Appointment("man"), quota.Appointment("woman")], on=ON
    )
    assert [(True, 1), (True, 2)] == [
        ("quota.meeting_order" in {r.key for r in f.readings}, f.facts["position"])
        for f in result.findings
    ]


def test_meeting_departure_of_absent_member_is_refused():
    """A departure of a sex with nobody on the board is an InvalidArgument."""
    with pytest.raises(InvalidArgument):
        quota.judge_meeting(Composition(2, 0), [quota.Departure("woman")], on=ON)


@given(compositions(max_count=6), st.lists(genders, max_size=6), in_force_dates)
def test_meeting_matches_one_by_one_oracle(before, appointees, on):
    """A meeting is a sequence of single appointments, each against the board so far."""
    men, women, other = before.men, before.women, before.other
    expected_void = []
    for index, appointee in enumerate(appointees):
        if oracle_void(men, women, other, appointee, on):
            expected_void.append(index)
            continue
        men += appointee == "man"
        women += appointee == "woman"
        other += appointee == "other"
    result = quota.judge_meeting(before, [quota.Appointment(g) for g in appointees], on=on)
    assert (tuple(expected_void), Composition(men, women, other)) == (result.void, result.after)


# -- citations ------------------------------------------------------------------------------


@given(compositions(unknown=2), genders_or_unknown, dates())
def test_every_finding_cites_142b(before, appointee, on):
    """Every quota finding cites at least one article, among them art. 2:142b."""
    findings = [
        quota.check_balance(before, on),
        quota.judge_appointment(before, appointee, on),
        *quota.judge_meeting(before, [quota.Appointment(appointee)], on).findings,
    ]
    for finding in findings:
        assert finding.citations
        assert "2:142b" in finding.article


# -- bad input ------------------------------------------------------------------------------

BAD_INPUT = [
    pytest.param(lambda: quota.minimum_per_sex(-1), "members", "-1", id="negative-members"),
    pytest.param(lambda: quota.minimum_per_sex(True), "members", "True", id="bool-members"),
    pytest.param(lambda: quota.minimum_per_sex(4.0), "members", "4.0", id="float-members"),
    pytest.param(lambda: quota.is_balanced(-2, 1), "men", "-2", id="negative-men"),
    pytest.param(lambda: quota.is_balanced(1, False), "women", "False", id="bool-women"),
    pytest.param(lambda: quota.is_balanced(1, 1, other=0.5), "other", "0.5", id="float-other"),
    pytest.param(
        lambda: quota.appointment_is_void(1, 1, "dame", on=ON),
        "appointee",
        "dame",
        id="unknown-gender",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(1, 1, "man", on=ON, reappointment=True),
        "first_appointed",
        "None",
        id="reappointment-without-first",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(
            1, 1, "man", on=ON, reappointment=True, first_appointed=date(2025, 1, 1)
        ),
        "first_appointed",
        "2025",
        id="first-after-on",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(1, 1, "man", on=datetime(2024, 4, 18, 10, 0)),
        "on",
        "datetime",
        id="datetime-on",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(
            1, 1, "man", on=ON, reappointment=True, first_appointed=datetime(2020, 1, 1)
        ),
        "first_appointed",
        "datetime",
        id="datetime-first",
    ),
    pytest.param(
        lambda: quota.appointment_is_void(-1, 1, "man", on=ON), "men", "-1", id="void-negative"
    ),
    pytest.param(
        lambda: quota.appointment_is_void(1, 1, "man", on=ON, other=True),
        "other",
        "True",
        id="void-bool-other",
    ),
    pytest.param(
        lambda: quota.check_balance(Composition(1, 1), "2024-01-01"),
        "on",
        "2024-01-01",
        id="string-date",
    ),
]


@pytest.mark.parametrize(("call", "field", "value"), BAD_INPUT)
def test_bad_input_raises_invalid_argument_naming_field_and_value(call, field, value):
    """Bad input raises the library's ValueError subclass, naming the field and the value."""
    with pytest.raises(InvalidArgument) as info:
        call()
    assert isinstance(info.value, ValueError)
    assert field in str(info.value)
    assert value in str(info.value)


def test_valid_for_different_reasons_names_no_single_reason():
    """
    3 men, 1 woman and 1 member of unknown sex appoint a woman: if the unknown member is a
    woman the board already met the quota (2 of 5), otherwise the appointment makes it more
    balanced. Valid either way, but "the board met the quota" holds in only one case.
    """
    from ingroeiquotum import i18n

    finding = quota.judge_appointment(
        Composition(men=3, women=1, unknown=1), "woman", date(2024, 6, 1)
    )
    assert finding.verdict is Verdict.COMPLIANT
    assert finding.message == "quota.appointment_valid_any_assignment"
    assert readings.MORE_BALANCED in finding.readings
    text = i18n.render(finding, "en")
    assert "met the quota before it" in text
    assert "1 member of unknown sex" in text
    assert "ongeacht het geslacht van 1 lid van onbekend geslacht," in i18n.render(finding, "nl")


# --- which organs the quota reaches (issue 14, item 1) ----------------------------------------

NOT_REACHED = st.one_of(
    st.sampled_from(["bestuur", "executive", "BESTUUR", " executive "]),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij ", min_size=1)
    .filter(str.strip)
    .map(lambda name: f"subtop:{name}"),
)


@given(organ=NOT_REACHED, board=compositions(unknown=2), on=dates(), appointee=genders_or_unknown)
def test_quota_never_answers_for_an_organ_it_does_not_reach(organ, board, on, appointee):
    """
    The quota reaches the RvC (lid 2) and the non-executives (lid 3) only: asked about the
    bestuur, the executive directors or a subtop category, every quota rule says 'not
    applicable', citing lid 1 and naming the organs it does reach, whatever the board and date.
    """
    for finding in (
        quota.check_balance(board, on, subject=organ),
        quota.judge_appointment(board, appointee, on, subject=organ),
    ):
        assert Verdict.NOT_APPLICABLE == finding.verdict
        assert "quota.organ_not_reached" == finding.message
        assert "art. 2:142b lid 1 BW" == finding.article
        assert ("rvc", "non_executive") == finding.facts["organs"]
        assert finding.facts["organ"] in ("bestuur", "executive") or finding.facts[
            "organ"
        ].startswith("subtop:")


def test_a_void_appointment_to_the_rvc_is_valid_to_the_bestuur():
    """The issue's example: a man appointed to a 5-1 board; void in the RvC, not in the bestuur."""
    before = Composition(5, 1)
    assert Verdict.NOT_COMPLIANT == quota.judge_appointment(before, "man", ON).verdict
    assert (
        Verdict.NOT_APPLICABLE
        == quota.judge_appointment(before, "man", ON, subject="bestuur").verdict
    )
    result = quota.judge_meeting(
        before, [quota.Appointment("man"), quota.Appointment("man")], ON, subject="bestuur"
    )
    assert [Verdict.NOT_APPLICABLE] * 2 == [finding.verdict for finding in result.findings]
    assert Composition(7, 1) == result.after  # nothing void: both take their seat


@pytest.mark.parametrize("name", ["raad", "RvC2", "", "subtop:", 7, None])
def test_an_unknown_organ_name_is_refused_naming_subject(name):
    """An organ name the library does not know is a typed error naming ``subject``."""
    for call in (
        lambda: quota.check_balance(Composition(1, 1), ON, subject=name),
        lambda: quota.judge_appointment(Composition(1, 1), "man", ON, subject=name),
        lambda: quota.judge_meeting(Composition(1, 1), [], ON, subject=name),
    ):
        with pytest.raises(InvalidArgument) as caught:
            call()
        assert "subject" == caught.value.field
        assert name == caught.value.value


def test_the_organ_is_named_in_one_form():
    """'RvC ' and the enum name the same organ as 'rvc'; the finding's subject is 'rvc'."""
    from ingroeiquotum.organs import OrganKind

    for spelling in ("RVC", " rvc", OrganKind.RVC):
        finding = quota.check_balance(Composition(2, 1), ON, subject=spelling)
        assert "rvc" == finding.subject
        assert Verdict.COMPLIANT == finding.verdict
    assert (
        "art. 2:142b lid 3 BW"
        == quota.check_balance(Composition(2, 1), ON, subject="non_executive").article
    )
