"""
Tests for ``ingroeiquotum.law.bw2.appointments`` (public path ``ingroeiquotum.quota``): the
nullity of an appointment under art. 2:142b lid 2 BW, reappointments, exceptional
circumstances, and meetings of several appointments and departures.

Expectations come from the rule book (section 1 and its Decisions), not from the code: exact
one-third arithmetic and a brute-force oracle (``oracles.py``) that assigns every person of
unknown sex to man, woman or other.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ingroeiquotum import quota, readings
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import (
    InvalidArgument,
)
from ingroeiquotum.findings import Verdict
from oracles import assignments, completed, oracle_balanced
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
)

ON = date(2024, 4, 18)


SWAP = {"man": "woman", "woman": "man", "other": "other", "unknown": "unknown"}


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


def test_appointment_is_void_counts_no_other_member_by_default():
    """Two men and one woman are balanced (1 each needed); an "other" member would change it."""
    on = date(2024, 6, 1)
    assert quota.appointment_is_void(men=2, women=1, appointee="man", on=on) is False
    assert quota.appointment_is_void(men=2, women=1, appointee="man", on=on, other=1) is True


def test_the_most_unknown_members_that_are_enumerated():
    """400 members of unknown sex are enumerated; 401 are refused, naming the count."""
    finding = quota.judge_appointment(Composition(0, 0, unknown=400), "woman", date(2024, 6, 1))
    assert Verdict.CANNOT_DECIDE == finding.verdict
    with pytest.raises(InvalidArgument) as caught:
        quota.judge_appointment(Composition(0, 0, unknown=401), "woman", date(2024, 6, 1))
    assert ("before.unknown", 401) == (caught.value.field, caught.value.value)


def test_a_meeting_judges_the_rvc_unless_told_otherwise():
    """judge_meeting passes its subject ("rvc" by default) to every appointment it judges."""
    events = [quota.Appointment("woman"), quota.Appointment("man")]
    on = date(2025, 5, 20)
    result = quota.judge_meeting(Composition(4, 1), events, on)
    assert ["rvc", "rvc"] == [finding.subject for finding in result.findings]
    result = quota.judge_meeting(Composition(4, 1), events, on, subject="non_executive")
    assert ["non_executive"] * 2 == [finding.subject for finding in result.findings]


def test_a_meeting_refusal_names_the_event():
    """A departure nobody can make, or an event of another type, is refused with the event."""
    departure = quota.Departure("woman")
    with pytest.raises(InvalidArgument) as caught:
        quota.judge_meeting(Composition(3, 0), [departure], date(2025, 5, 20))
    assert ("events[0]", departure) == (caught.value.field, caught.value.value)
    with pytest.raises(InvalidArgument) as caught:
        quota.judge_meeting(Composition(3, 1), [departure, "woman"], date(2025, 5, 20))
    assert ("events[1]", "woman") == (caught.value.field, caught.value.value)
