"""
Tests for ``ingroeiquotum.succession`` (succession planning under art. 2:142b BW).

The hand-built boards are worked out on paper from the rule book (section 1 and its
Decisions); the properties check the planner against ``quota.judge_meeting`` and against a
brute-force search that applies the rule book's nullity test directly, not through ``quota``.
"""

from __future__ import annotations

import csv
import string
from datetime import date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import i18n, quota, succession
from ingroeiquotum.citations import BW_2_142B_2, BW_2_142B_3
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import (
    InvalidArgument,
    InvalidCount,
    InvalidDate,
    LoadError,
)
from ingroeiquotum.findings import Verdict
from ingroeiquotum.gender import Gender
from ingroeiquotum.succession import OptionKind

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "rvc-seats.csv"


AGMS = succession.yearly_meetings(4, 23, 2026, 2029)


W, M, R = OptionKind.APPOINT_WOMAN, OptionKind.APPOINT_MAN, OptionKind.REAPPOINT


def agm(year: int) -> date:
    """The general meeting of ``year`` in these tests: 23 April."""
    return date(year, 4, 23)


def example_seats() -> tuple[Seat, ...]:
    """The fictional RvC of docs/examples/rvc-seats.csv: five men and one woman."""
    with EXAMPLE.open(encoding="utf-8", newline="") as handle:
        return succession.read_seats_rows(list(csv.DictReader(handle)), first_row=2)


def test_example_file_reads_as_written():
    """The sample file holds five men and one woman with staggered terms."""
    expected = (
        Seat("man", agm(2022), agm(2026), first_appointed=agm(2018)),
        Seat("man", agm(2022), agm(2026)),
        Seat("man", agm(2023), agm(2027), first_appointed=agm(2019)),
        Seat("woman", agm(2024), agm(2028)),
        Seat("man", agm(2024), agm(2028), first_appointed=agm(2016)),
        Seat("man", agm(2025), agm(2029)),
    )
    assert expected == example_seats()


def test_rows_accept_dates_aliases_and_blanks():
    """Date objects, m/v/x aliases, blank optional cells and extra columns are accepted."""
    rows = [
        {"organ": " non_executive ", "gender": "V", "start": date(2024, 1, 1), "name": "ignored"},
        {"organ": "non_executive", "gender": "x", "start": "2023-05-01", "end": "2027-05-01"},
        {"organ": "", "gender": Gender.MAN, "start": "2023-05-01", "first_appointed": ""},
    ]
    with pytest.raises(LoadError):  # a blank organ is 'rvc', which differs from row 1
        succession.read_seats_rows(rows)
    rows[2]["organ"] = "non_executive"
    expected = (
        Seat("woman", date(2024, 1, 1)),
        Seat("other", date(2023, 5, 1), date(2027, 5, 1)),
        Seat("man", date(2023, 5, 1)),
    )
    assert expected == succession.read_seats_rows(rows)


def test_every_bad_row_is_reported_at_once():
    """Each problem names its row (from first_row), field and value; good rows do not hide it."""
    rows = [
        {"organ": "rvc", "gender": "man", "start": "2022-04-23", "end": "2026-04-23"},
        {"organ": "bestuur", "gender": "female", "start": "2022-04-23"},
        {"gender": "", "start": "2022-02-30", "end": datetime(2026, 1, 1, 9, 0)},
        "not a row",
        {"organ": "non_executive", "gender": "woman", "start": "2022-04-23"},
        {"gender": "man", "start": "2022-04-23", "end": "2021-01-01"},
        {"gender": "man", "start": "2022-04-23", "first_appointed": "2023-01-01"},
        {"gender": "dog"},
    ]
    with pytest.raises(LoadError) as caught:
        succession.read_seats_rows(rows, source="seats.csv", first_row=2)
    found = [(error.row, error.field, error.value) for error in caught.value.errors]
    assert [
        (3, "organ", "bestuur"),
        (4, "gender", ""),
        (4, "start", "2022-02-30"),
        (4, "end", datetime(2026, 1, 1, 9, 0)),
        (5, "row", "not a row"),
        (6, "organ", "non_executive"),
        (7, "end", "2021-01-01"),
        (8, "first_appointed", "2023-01-01"),
        (9, "gender", "dog"),
        (9, "start", None),
    ] == found
    assert caught.value.source == "seats.csv"
    assert "row 6, organ: must be the same organ in every row ('rvc' in row 2)" in str(caught.value)
    assert isinstance(caught.value, InvalidArgument)


def test_no_rows_is_no_seats():
    """An empty input is an empty board, not an error."""
    assert () == succession.read_seats_rows([])


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"rows": "organ,gender"}, "rows"),
        ({"rows": {"gender": "man"}}, "rows"),
        ({"rows": [], "source": None}, "source"),
        ({"rows": [], "first_row": 0}, "first_row"),
        ({"rows": [], "first_row": True}, "first_row"),
    ],
)
def test_read_seats_rows_refuses_bad_arguments(kwargs, field):
    """Arguments that are not rows, a source name or a row number are refused by name."""
    with pytest.raises(InvalidArgument) as caught:
        succession.read_seats_rows(**kwargs)
    assert field == caught.value.field


def test_vacancies_of_the_example():
    """Which seats fall vacant when, and whose reappointment is still inside the window."""
    found = succession.vacancies(
        example_seats(), date(2026, 1, 1), date(2029, 12, 31), meetings=AGMS
    )
    expected = [
        # vacant from, gender, meeting that fills it, first year, last year of window, in it
        (date(2026, 4, 24), "man", agm(2026), 2018, 2026, True),
        (date(2026, 4, 24), "man", agm(2026), 2022, 2030, True),
        (date(2027, 4, 24), "man", agm(2027), 2019, 2027, True),
        (date(2028, 4, 24), "woman", agm(2028), 2024, 2032, True),
        (date(2028, 4, 24), "man", agm(2028), 2016, 2024, False),
        (date(2029, 4, 24), "man", agm(2029), 2025, 2033, True),
    ]
    assert expected == [
        (v.on, v.gender.value, v.meeting, v.first_year, v.window_until, v.in_window) for v in found
    ]


def table(meeting):
    """Each vote's options as (kind, gender, verdict) and the recommended kind."""
    return [
        (
            [(o.kind, o.gender.value, o.finding.verdict.value) for o in vote.options],
            vote.choice.kind,
        )
        for vote in meeting.votes
    ]


def test_plan_of_the_example():
    """The sample RvC, meeting by meeting, worked out by hand."""
    result = succession.plan(example_seats(), AGMS)
    assert (6, Composition(5, 1)) == (result.size, result.sitting)
    first, second, third, fourth = result.meetings
    valid, void = "compliant", "not_compliant"

    # 2026: two men leave; 3 men and 1 woman (4 members, at least 2 of each): unbalanced.
    assert (Composition(3, 1), 2) == (first.before, first.to_fill)
    assert [(W, "woman", valid), (M, "man", void), (R, "man", valid), (R, "man", valid)] == table(
        first
    )[0][0]
    assert [W, R] == [choice for _, choice in table(first)]
    # The first reappointment offered is the member first appointed in 2018 (window to 2026).
    assert 2018 == first.votes[1].choice.vacancy.first_year
    assert ["quota.appointment_valid_more_balanced", "quota.appointment_valid_balanced"] == [
        option.finding.message for option in first.recommended
    ]
    assert (Composition(4, 2), True) == (first.after, first.balanced)

    # 2027: one man leaves; 3 and 2 is balanced, every option is valid; he is reappointed.
    assert (Composition(3, 2), 1) == (second.before, second.to_fill)
    assert [([(W, "woman", valid), (M, "man", valid), (R, "man", valid)], R)] == table(second)

    # 2028: a woman and a man first appointed in 2016 leave; his window closed in 2024.
    assert Composition(3, 1) == third.before
    assert [
        ([(W, "woman", valid), (M, "man", void), (R, "woman", valid), (R, "man", void)], R),
        ([(W, "woman", valid), (M, "man", valid), (R, "man", valid)], R),
    ] == table(third)
    assert [Gender.WOMAN, Gender.MAN] == [option.gender for option in third.recommended]
    assert "quota.appointment_void" == third.votes[0].options[3].finding.message

    # 2029: the last man leaves and is reappointed.
    assert [([(W, "woman", valid), (M, "man", valid), (R, "man", valid)], R)] == table(fourth)
    assert first is result.first_balanced
    assert 6 == len(result.recommended)


def test_reappointment_in_2026_valid_in_2027_void():
    """A man first appointed in 2018 on an unbalanced board: reappointable in 2026, not in 2027."""
    stay = [Seat("man", date(2024, 4, 23)) for _ in range(4)] + [Seat("woman", date(2024, 4, 23))]
    for year, verdict, message in (
        (2026, Verdict.COMPLIANT, "quota.appointment_valid_reappointment"),
        (2027, Verdict.NOT_COMPLIANT, "quota.appointment_void"),
    ):
        leaving = Seat("man", date(2022, 4, 23), agm(year), first_appointed=date(2018, 4, 19))
        meeting = succession.plan([*stay, leaving], [agm(year)]).meetings[0]
        assert Composition(4, 1) == meeting.before
        (vote,) = meeting.votes
        reappoint = vote.options[2]
        assert (R, verdict, message) == (
            reappoint.kind,
            reappoint.finding.verdict,
            reappoint.finding.message,
        )
        assert date(2018, 4, 19) == reappoint.finding.facts["first_appointed"]
        assert W == vote.choice.kind  # a woman makes the board more balanced in either year


def test_option_findings_carry_order_and_citations():
    """Each option is the quota's finding, with its position and the meeting-order reading."""
    meeting = succession.plan(example_seats(), AGMS[:1]).meetings[0]
    for vote in meeting.votes:
        for option in vote.options:
            assert vote.position == option.finding.facts["position"]
            assert "quota.meeting_order" in [reading.key for reading in option.finding.readings]
            assert BW_2_142B_2 in option.finding.citations
            assert agm(2026) == option.on
    assert "quota.unbalanced" == meeting.balance_before.message
    assert "quota.balanced" == meeting.balance_after.message


def test_non_executive_directors_cite_lid_3():
    """For the non-executive directors of a one-tier board the findings cite lid 3."""
    result = succession.plan(example_seats(), AGMS[:1], subject="non_executive")
    option = result.meetings[0].votes[0].options[0]
    assert ("non_executive", BW_2_142B_3) == (option.finding.subject, option.finding.citations[0])


def test_departures_on_the_meeting_date_leave_first():
    """A term ending on the meeting's date ends before its appointments; one ending later not."""
    seats = [
        Seat("man", date(2020, 1, 1), agm(2026)),
        Seat("man", date(2020, 1, 1), agm(2026) + timedelta(days=1)),
        Seat("woman", date(2020, 1, 1), date(2025, 12, 31)),  # held on the eve? no: history
        Seat("woman", date(2020, 1, 1)),
    ]
    meeting = succession.plan(seats, [agm(2026), agm(2027)]).meetings[0]
    assert [agm(2026)] == [vacancy.last_day for vacancy in meeting.departures]
    assert (Composition(1, 1), 1) == (meeting.before, meeting.to_fill)


def test_size_adds_and_removes_seats():
    """A larger size fills already vacant seats at the first meeting; a smaller one shrinks."""
    seats = [Seat("man", date(2020, 1, 1)), Seat("man", date(2020, 1, 1), agm(2026))]
    bigger = succession.plan(seats, [agm(2026)], size=4).meetings[0]
    assert (Composition(1, 0), 3) == (bigger.before, bigger.to_fill)
    assert [W, R, W] == [vote.choice.kind for vote in bigger.votes]
    assert Composition(2, 2) == bigger.after
    smaller = succession.plan(seats, [agm(2026)], size=1).meetings[0]
    assert (0, (), Composition(1, 0)) == (smaller.to_fill, smaller.votes, smaller.after)


def test_nothing_is_void_outside_the_act():
    """Before 2022 and from 2030 the quota's findings are 'not applicable', never void."""
    for on in (date(2021, 4, 23), date(2030, 4, 23)):
        seats = [Seat("man", date(2015, 1, 1), on), Seat("man", date(2015, 1, 1))]
        (vote,) = succession.plan(seats, [on]).meetings[0].votes
        assert {Verdict.NOT_APPLICABLE} == {option.finding.verdict for option in vote.options}
        assert all(option.valid and not option.void for option in vote.options)


def test_unknown_sex_is_undecided_not_void():
    """With a member of unknown sex the planner picks an option the quota can decide."""
    seats = [Seat("unknown", date(2020, 1, 1)), Seat("man", date(2020, 1, 1), agm(2026))]
    seats += [Seat("man", date(2020, 1, 1))]
    (vote,) = succession.plan(seats, [agm(2026)]).meetings[0].votes
    assert Verdict.CANNOT_DECIDE == vote.options[1].finding.verdict  # another man
    assert W == vote.choice.kind
    assert vote.choice.valid


def test_earliest_balance_of_the_example():
    """The sample RvC can be balanced at the 2026 meeting: one woman is needed."""
    balance = succession.earliest_balance(example_seats(), AGMS)
    assert agm(2026) == balance.meeting
    assert [(W, "woman"), (R, "man")] == [(o.kind, o.gender.value) for o in balance.appointments]
    assert (1, 1, 1, 0) == (balance.women, balance.men, balance.needed_women, balance.needed_men)
    assert (Composition(5, 1), Composition(4, 2)) == (balance.sitting, balance.after)
    assert [1, 2] == [option.finding.facts["position"] for option in balance.appointments]
    finding = balance.finding
    assert (Verdict.COMPLIANT, "succession.balance_reachable") == (finding.verdict, finding.message)
    assert {
        "meeting": agm(2026),
        "men": 4,
        "women": 2,
        "other": 0,
        "unknown": 0,
        "members": 6,
        "minimum_per_sex": 2,
        "appointed_women": 1,
        "appointed_men": 1,
        "needed_women": 1,
        "needed_men": 0,
    } == dict(finding.facts)


def test_earliest_balance_takes_two_meetings():
    """Four men; one leaves each year: the board balances once two women have joined."""
    seats = [Seat("man", date(2020, 5, 1), agm(2027 + year)) for year in range(3)]
    seats.append(Seat("man", date(2021, 5, 1)))
    balance = succession.earliest_balance(seats, AGMS)
    assert agm(2028) == balance.meeting
    assert [(agm(2027), W), (agm(2028), W)] == [(o.on, o.kind) for o in balance.appointments]
    assert (2, 0) == (balance.needed_women, balance.needed_men)
    assert Composition(2, 2) == balance.after


def test_earliest_balance_when_already_balanced():
    """A balanced board with no departures is balanced at the first meeting, with no appointments."""
    seats = [Seat("man", date(2020, 1, 1)), Seat("woman", date(2020, 1, 1))]
    balance = succession.earliest_balance(seats, AGMS)
    assert (agm(2026), (), 0, 0) == (
        balance.meeting,
        balance.appointments,
        balance.needed_women,
        balance.needed_men,
    )


def test_earliest_balance_impossible():
    """Without vacancies by the last meeting the board stays as it is: None."""
    seats = [Seat("man", date(2020, 1, 1), agm(2031)) for _ in range(5)]
    seats.append(Seat("woman", date(2020, 1, 1)))
    assert succession.earliest_balance(seats, AGMS) is None


def test_earliest_balance_picks_the_fewest_of_the_sex_with_fewer_seats():
    """Of 3-3 and 4-2, both reachable, the plan appoints one woman (4-2), the fewest needed."""
    seats = [Seat("man", date(2020, 1, 1), agm(2026)) for _ in range(2)]
    seats += [Seat("man", date(2020, 1, 1)) for _ in range(3)] + [Seat("woman", date(2020, 1, 1))]
    balance = succession.earliest_balance(seats, AGMS)
    assert (Composition(4, 2), 1, 1) == (balance.after, balance.women, balance.men)


def test_earliest_balance_after_the_act_is_not_applicable():
    """A meeting after the lapse gives a 'not applicable' finding with the lapse's key."""
    seats = [Seat("man", date(2020, 1, 1), date(2030, 5, 1)), Seat("man", date(2020, 1, 1))]
    balance = succession.earliest_balance(seats, [date(2030, 5, 1)])
    assert (Verdict.NOT_APPLICABLE, "quota.lapsed") == (
        balance.finding.verdict,
        balance.finding.message,
    )
    assert Composition(1, 1) == balance.after


SEATS = [Seat("man", date(2020, 1, 1), agm(2026)), Seat("woman", date(2020, 1, 1))]


JUNK = [None, "", "abc", 1.5, -1, True, [1, 2], {}, datetime(2026, 4, 23, 9, 0), b"x", 10**100]


@pytest.mark.parametrize("function", [succession.plan, succession.earliest_balance])
@pytest.mark.parametrize(
    ("kwargs", "field", "error"),
    [
        ({"seats": "seats"}, "seats", InvalidArgument),
        ({"seats": [Composition(1, 1)]}, "seats[0]", InvalidArgument),
        ({"meetings": []}, "meetings", InvalidArgument),
        ({"meetings": [agm(2027), agm(2026)]}, "meetings[1]", InvalidDate),
        ({"meetings": [agm(2026), agm(2026)]}, "meetings[1]", InvalidDate),
        ({"meetings": ["2026-04-23"]}, "meetings[0]", InvalidDate),
        ({"meetings": [date.min]}, "meetings[0]", InvalidDate),
        ({"size": -1}, "size", InvalidCount),
        ({"size": 51}, "size", InvalidCount),
        ({"seats": [Seat("man", date(2020, 1, 1))] * 51}, "seats", InvalidCount),
        ({"size": 2.0}, "size", InvalidCount),
        ({"subject": "bestuur"}, "subject", InvalidArgument),
        ({"subject": 3}, "subject", InvalidArgument),
        ({"seats": [Seat("man", agm(2026))]}, "seats[0].start", InvalidDate),
    ],
)
def test_planners_refuse_bad_input(function, kwargs, field, error):
    """Bad input is refused with the library's error, naming the field."""
    arguments = {"seats": SEATS, "meetings": AGMS, **kwargs}
    with pytest.raises(error) as caught:
        function(**arguments)
    assert field == caught.value.field


@given(
    function=st.sampled_from([succession.plan, succession.earliest_balance]),
    argument=st.sampled_from(["seats", "meetings", "size", "subject"]),
    junk=st.sampled_from(JUNK),
)
def test_planners_take_only_their_own_errors(function, argument, junk):
    """
    Junk in any argument of either planner raises InvalidArgument, never a TypeError from deep
    inside: one property drawing the planner, the argument and the junk of ``JUNK``.
    """
    arguments = {"seats": SEATS, "meetings": AGMS, "size": None, "subject": "rvc", argument: junk}
    if argument == "size" and junk is None:
        function(**arguments)  # the default size
        return
    with pytest.raises(InvalidArgument):
        function(**arguments)


LAW = (date(2022, 1, 1), date(2030, 1, 1))


@st.composite
def boards(draw, max_seats: int = 6):
    """Seats (men, women, people registered as neither sex), meetings and a size."""
    first_year = draw(st.integers(2020, 2030))
    meetings = succession.yearly_meetings(4, 23, first_year, first_year + draw(st.integers(0, 3)))
    seats = []
    for _ in range(draw(st.integers(0, max_seats))):
        gender = draw(st.sampled_from(["man", "man", "woman", "woman", "other"]))
        start = date(first_year - draw(st.integers(1, 6)), 4, 23)
        if draw(st.integers(0, 4)) == 0:
            end = None
        else:
            year = first_year + draw(st.integers(-1, 4))
            end = max(start, date(year, *draw(st.sampled_from([(4, 23), (4, 22), (12, 31)]))))
        earlier = draw(st.integers(0, 10))
        first = date(start.year - earlier, 1, 1) if earlier else None
        seats.append(Seat(gender, start, end, first_appointed=first))
    size = draw(st.one_of(st.none(), st.integers(0, 7)))
    return seats, meetings, size


def rule_book_valid(board: tuple[int, int, int], gender: str, first_year, on: date) -> bool:
    """The nullity test of art. 2:142b lid 2 as the rule book states it (not via quota)."""
    if not LAW[0] <= on < LAW[1]:
        return True
    men, women, other = board
    members = men + women + other
    share = Fraction(1, 3)
    if members == 0 or (men >= share * members and women >= share * members):
        return True  # a balanced (or empty) board: no appointment is void
    minimum = -(-members // 3)
    if (gender == "man" and men < minimum) or (gender == "woman" and women < minimum):
        return True
    return first_year is not None and on.year <= first_year + 8


def rule_book_balanced(board: tuple[int, int, int]) -> bool:
    """At least one third men and one third women, in exact arithmetic."""
    men, women, other = board
    members = men + women + other
    return members == 0 or min(men, women) >= Fraction(members, 3)


def add(board: tuple[int, int, int], gender: str) -> tuple[int, int, int]:
    """The board with one more member of ``gender``."""
    men, women, other = board
    return (men + (gender == "man"), women + (gender == "woman"), other + (gender == "other"))


def oracle_fill(sitting, on, board, todo, remaining, memo):
    """Every board reached by ``todo`` valid appointments at the meeting on ``on``."""
    key = (board, todo, remaining)
    if key not in memo:
        if todo == 0:
            memo[key] = frozenset([board])
            return memo[key]
        found = set()
        for gender in ("woman", "man"):
            if rule_book_valid(board, gender, None, on):
                found |= oracle_fill(sitting, on, add(board, gender), todo - 1, remaining, memo)
        for index in remaining:
            seat = sitting[index]
            first = (seat.first_appointed or seat.start).year
            if rule_book_valid(board, seat.gender.value, first, on):
                after = add(board, seat.gender.value)
                found |= oracle_fill(sitting, on, after, todo - 1, remaining - {index}, memo)
        memo[key] = frozenset(found)
    return memo[key]


def oracle_reachable(seats, meetings, size):
    """
    For each meeting, every board that some sequence of valid appointments (a woman, a man,
    or any leaving member reappointed) reaches, filling every seat up to size: brute force.
    """
    eve = meetings[0] - timedelta(days=1)
    sitting = [
        seat for seat in seats if seat.start <= eve and (seat.end is None or eve <= seat.end)
    ]
    size = len(sitting) if size is None else size
    genders = [seat.gender.value for seat in sitting]
    states = {(genders.count("man"), genders.count("woman"), genders.count("other"))}
    left: set[int] = set()
    result = []
    for on in meetings:
        leaving = [
            i for i, s in enumerate(sitting) if i not in left and s.end is not None and s.end <= on
        ]
        left.update(leaving)
        memo: dict = {}
        reached = set()
        for board in states:
            men, women, other = board
            for index in leaving:
                gender = sitting[index].gender.value
                men -= gender == "man"
                women -= gender == "woman"
                other -= gender == "other"
            base = (men, women, other)
            todo = max(0, size - sum(base))
            reached |= oracle_fill(sitting, on, base, todo, frozenset(leaving), memo)
        states = reached
        result.append(states)
    return result


def replay(result) -> None:
    """Replay each meeting through quota.judge_meeting: departures first, then the votes."""
    board = result.sitting
    for meeting in result.meetings:
        events = [quota.Departure(vacancy.gender) for vacancy in meeting.departures]
        for option in meeting.recommended:
            first = None if option.vacancy is None else option.vacancy.first_appointed
            events.append(
                quota.Appointment(
                    option.gender, reappointment=first is not None, first_appointed=first
                )
            )
        judged = quota.judge_meeting(board, events, meeting.on, subject=result.subject)
        assert () == judged.void
        assert [option.finding.verdict for option in meeting.recommended] == [
            finding.verdict for finding in judged.findings
        ]
        assert meeting.after == judged.after
        board = judged.after


@given(boards())
@settings(max_examples=150)
def test_following_the_plan_never_voids(case):
    """Following the recommended appointments, no appointment is void (checked by judge_meeting)."""
    seats, meetings, size = case
    result = succession.plan(seats, meetings, size=size)
    for meeting in result.meetings:
        assert len(meeting.votes) == meeting.to_fill
        assert meeting.to_fill == max(0, result.size - meeting.before.members)
        for vote in meeting.votes:
            assert not vote.choice.void
            assert vote.choice in vote.options
    replay(result)


@given(boards())
@settings(max_examples=150)
def test_earliest_balance_is_earliest(case):
    """The earliest balance is balanced, valid, and no earlier meeting could be (brute force)."""
    seats, meetings, size = case
    balance = succession.earliest_balance(seats, meetings, size=size)
    reachable = oracle_reachable(seats, meetings, size)
    balanced_at = [
        index
        for index, states in enumerate(reachable)
        if any(rule_book_balanced(board) for board in states)
    ]
    if not balanced_at:
        assert balance is None
        return
    index = balanced_at[0]
    assert meetings[index] == balance.meeting
    after = balance.after
    assert quota.is_balanced(after.men, after.women, after.other)
    assert (after.men, after.women, after.other) in reachable[index]
    assert all(option.valid for option in balance.appointments)
    balanced = [board for board in reachable[index] if rule_book_balanced(board)]
    kept = balance.after.women - balance.women, balance.after.men - balance.men
    assert min(board[1] for board in balanced) - kept[0] == balance.needed_women
    assert min(board[0] for board in balanced) - kept[1] == balance.needed_men
    # Replaying the appointments meeting by meeting gives the same board.
    board = balance.sitting
    left: set[int] = set()
    eve = meetings[0] - timedelta(days=1)
    sitting = [seat for seat in seats if seat.holds_on(eve)]
    for on in meetings[: index + 1]:
        leaving = [
            i for i, s in enumerate(sitting) if i not in left and s.end is not None and s.end <= on
        ]
        left.update(leaving)
        for i in leaving:
            board = board.minus(sitting[i].gender)
        for option in balance.appointments:
            if option.on == on:
                assert option.valid
                board = board.plus(option.gender)
    assert balance.after == board


@given(boards())
@settings(max_examples=150)
def test_plan_balances_at_the_earliest_meeting(case):
    """Following the plan, the board is first balanced at the meeting earliest_balance names."""
    seats, meetings, size = case
    result = succession.plan(seats, meetings, size=size)
    balance = succession.earliest_balance(seats, meetings, size=size)
    if balance is None:
        assert result.first_balanced is None
    else:
        assert balance.meeting == result.first_balanced.on


PROPOSED = {
    "en": {
        "succession.balance_reachable": (
            "{subject}: at the earliest, the board can meet the quota at the general meeting of "
            "{meeting}, with {appointed_women} {appointed_women_word} and {appointed_men} "
            "{appointed_men_word} validly appointed by then (at least {needed_women} "
            "{needed_women_word} and {needed_men} {needed_men_word} are needed); it then has "
            "{women} {women_word} and {men} {men_word} of {members} {members_word}, at least "
            "{minimum_per_sex} of each sex."
        ),
    },
    "nl": {
        "succession.balance_reachable": (
            "{subject}: de raad kan op zijn vroegst aan het quotum voldoen op de algemene "
            "vergadering van {meeting}, als tot dan {appointed_women} {appointed_women_word} en "
            "{appointed_men} {appointed_men_word} geldig worden benoemd (ten minste "
            "{needed_women} {needed_women_word} en {needed_men} {needed_men_word} zijn nodig); "
            "de raad telt dan {women} {women_word} en {men} {men_word} van {members} "
            "{members_word}, ten minste {minimum_per_sex} van elk geslacht."
        ),
    },
}


def test_proposed_messages_have_the_same_placeholders():
    """The Dutch and English texts proposed for the new key have the same placeholders."""
    fields = {
        language: {name for _, name, _, _ in string.Formatter().parse(text) if name}
        for language, messages in PROPOSED.items()
        for text in messages.values()
    }
    assert fields["en"] == fields["nl"]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_balance_finding_renders(monkeypatch, language):
    """The earliest-balance finding renders with the proposed text (or the catalog's, once added)."""
    original = i18n.catalog

    def catalog(lang):
        return {**PROPOSED[lang], **original(lang)}

    monkeypatch.setattr(i18n, "catalog", catalog)
    finding = succession.earliest_balance(example_seats(), AGMS).finding
    text = i18n.render(finding, language)
    full = i18n.explain(finding, language)
    assert "{" not in full
    assert "}" not in full
    assert "None" not in full
    assert ("23 April 2026" if language == "en" else "23 april 2026") in text


def test_earliest_balance_follows_a_switched_reading():
    """2 men, 1 woman, 1 registered as neither: 4 members need 2 women (not balanced now); with
    the neither-sex member left out (quota.other_is_neither_sex switched) 3 members need 1 of
    each, so the board is balanced already, and the finding names the alternative."""
    from ingroeiquotum import readings

    seats = [
        Seat(gender, date(2024, 4, 23), date(2028, 4, 23))
        for gender in ("man", "man", "woman", "other")
    ]
    meetings = succession.yearly_meetings(4, 23, 2026, 2029)
    plain = succession.earliest_balance(seats, meetings).finding
    with readings.choose("quota.other_is_neither_sex"):
        switched = succession.earliest_balance(seats, meetings).finding
    assert (plain.message, plain.facts["minimum_per_sex"]) == ("succession.balance_reachable", 2)
    assert (switched.message, switched.facts["minimum_per_sex"]) == (
        "succession.balance_already",
        1,
    )
    assert [r.key for r in switched.readings if r.alternative_chosen] == [
        "quota.other_is_neither_sex"
    ]
