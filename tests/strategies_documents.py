"""
Hypothesis strategies for the documents the codec writes and reads: a value object of every
kind (``VALUE_STRATEGIES``), findings of the library's rules and findings built field by field,
and the settings of the round-trip properties (``ROUND_TRIP``). Used by the round-trip, codec
and fuzz tests.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

import strategies_reporting as sr
from fuzzing import fuzz_examples
from ingroeiquotum import (
    eu,
    projection,
    quota,
    readings,
    reporting,
    scope,
    targets,
)
from ingroeiquotum.citations import all_citations
from ingroeiquotum.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
    Snapshot,
)
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.findings import Confidence, Finding, Reading, Verdict
from ingroeiquotum.gender import Gender
from ingroeiquotum.organs import OrganKind
from ingroeiquotum.plan import Measure, Plan

ROUND_TRIP = settings(
    max_examples=fuzz_examples(),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- strategies ----------------------------------------------------------------------------------

_characters = st.characters(codec="utf-8", exclude_categories=("Cs",))
any_text = st.text(_characters, max_size=20)
"""Any text the JSON documents can hold, control characters and odd spaces included."""

huge_counts = st.one_of(st.integers(0, 40), st.integers(0, 10**7))
"""Counts up to the library's limit of 10,000,000 people."""
compositions = st.builds(Composition, huge_counts, huge_counts, huge_counts, huge_counts)


@st.composite
def seat_lists(draw):
    """Seats with any gender, dates from year 1 to 9999, and a reappointment date or not."""
    seats = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.dates())
        end = draw(st.none() | st.dates(min_value=start))
        first = draw(st.none() | st.dates(max_value=start))
        gender = draw(st.sampled_from(list(Gender)))
        seats.append(
            Seat(
                gender, start, end, first_appointed=first, promoted=draw(st.none() | st.booleans())
            )
        )
    return seats


@st.composite
def companies(draw):
    """A company with years, figures, snapshots and seats, and text of any kind in its fields."""
    company = draw(sr.companies())
    subtops = draw(st.lists(sr.names, max_size=2, unique=True))
    organs = ["bestuur", "rvc", *(f"subtop:{name}" for name in subtops)]
    chosen = draw(st.lists(st.sampled_from(organs), unique=True, max_size=3))
    seats = {organ: draw(seat_lists()) for organ in chosen}
    figures = draw(st.lists(amounts, min_size=3, max_size=3))
    years = list(company.financial_years)
    if years and draw(st.booleans()):
        from ingroeiquotum.company import FinancialYear, SizeFigures

        years[0] = FinancialYear(years[0].start, years[0].end, SizeFigures(*figures))
    return Company(
        name=draw(sr.names | any_text.filter(str.strip)),
        legal_form=company.legal_form,
        listed=company.listed,
        board_model=company.board_model,
        financial_years=years,
        sector=draw(st.none() | any_text),
        kvk=draw(st.none() | any_text),
        opts_in_2023_limits=draw(st.booleans()),
        supervisory_board=draw(st.booleans()),
        snapshots=company.snapshots,
        seats=seats,
    )


amounts = st.decimals(min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False).filter(
    lambda amount: amount.as_tuple().exponent >= -30
)
"""Amounts as the library takes them: at most 10**15, at most 30 decimal places."""
size_figures = st.builds(SizeFigures, amounts, amounts, amounts)


@st.composite
def financial_years(draw):
    """A financial year of six to eighteen months, anywhere in the calendar, with figures or not."""
    start = draw(st.dates(max_value=date(9997, 1, 1)))
    end = start + timedelta(days=draw(st.integers(180, 540)))
    return FinancialYear(start, end, draw(st.none() | size_figures))


snapshots = st.builds(
    Snapshot, st.sampled_from(["bestuur", "rvc", "executive", "subtop:Directeuren"]), st.dates(),
    compositions,
)  # fmt: skip


@st.composite
def appointments(draw):
    """An appointment: a first one, or a reappointment with the date of the first."""
    reappointment = draw(st.booleans())
    return quota.Appointment(
        draw(st.sampled_from(["man", "woman", "other", "unknown"])),
        reappointment=reappointment,
        first_appointed=draw(st.dates() if reappointment else st.none() | st.dates()),
        exceptional_circumstances=draw(st.booleans()),
    )


departures = st.builds(quota.Departure, st.sampled_from(["man", "woman", "other", "unknown"]))

VALUE_STRATEGIES = {
    quota.Appointment: appointments(),
    Company: companies(),
    Composition: compositions,
    quota.Departure: departures,
    FinancialYear: financial_years(),
    Measure: sr.measures(),
    Plan: sr.plans,
    Seat: seat_lists().filter(bool).map(lambda seats: seats[0]),
    SizeFigures: size_figures,
    Snapshot: snapshots,
    targets.Target: sr.targets(),
}


days = st.dates(date(2015, 1, 1), date(2035, 12, 31))


@st.composite
def rule_findings(draw):
    """A finding of one of the library's rules, on generated facts."""
    on = draw(days)
    composition = draw(st.builds(Composition, *(st.integers(0, 9) for _ in range(3)),
                                 st.integers(0, 2)))  # fmt: skip
    choice = draw(st.integers(0, 7))
    if choice == 0:
        return quota.check_balance(composition, on)
    if choice == 1:
        gender = draw(st.sampled_from(list(Gender)))
        return quota.judge_appointment(composition, gender, on)
    if choice == 2:
        company = draw(sr.companies())
        year = draw(st.sampled_from(company.financial_years))
        return scope.targets_duty(company, year.end)
    if choice == 3:
        target = draw(sr.targets(flow=targets.Flow.STOCK))
        return targets.check_ambition(target, composition, on)
    if choice == 4:
        return eu.check_objective(composition, composition, on,
                                  objective=draw(st.sampled_from(list(eu.Objective))))  # fmt: skip
    if choice == 5:
        end = draw(days)
        return reporting.check_deadline(end, submitted_on=draw(st.none() | days), as_of=on)
    if choice == 6:
        target = targets.Target("rvc", "women_share", draw(sr.shares), target_year=2030)
        course = projection.Course(draw(st.sampled_from(["10%", "25%"])), draw(sr.shares))
        return projection.projected_finding(target, composition, course, on=on, horizon=3)
    return draw(st.sampled_from(eu.check_selection(eu.SelectionProcess(), on)))


facts = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        any_text,
        days,
        st.fractions(),
        st.decimals(allow_nan=False),
        st.sampled_from([*Gender, *Verdict, *OrganKind, *LegalForm, *BoardModel,
                         *targets.Flow, *eu.Objective]),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3).map(tuple),
        st.lists(children, max_size=3),
        st.frozensets(st.integers() | days, max_size=3),
        st.dictionaries(any_text, children, max_size=3),
    ),
    max_leaves=6,
)  # fmt: skip


@st.composite
def built_findings(draw):
    """A finding built field by field: any facts, citations, readings, known or new."""
    known = list(readings.all_readings())
    new = st.builds(Reading, sr.names, any_text, st.sampled_from(list(Confidence)), any_text,
                    any_text)  # fmt: skip
    return Finding(
        rule=draw(any_text),
        rule_version=draw(any_text),
        verdict=draw(st.sampled_from(list(Verdict))),
        on=draw(st.dates()),
        message=draw(any_text),
        facts=draw(st.dictionaries(any_text, facts, max_size=5)),
        citations=draw(st.lists(st.sampled_from(all_citations()), min_size=1, max_size=3)),
        readings=draw(st.lists(st.sampled_from(known) | new, max_size=3)),
        missing=draw(st.lists(any_text, max_size=2)),
        subject=draw(any_text),
        notes=draw(st.lists(any_text, max_size=2)),
        advisory=draw(st.booleans()),
    )
