"""
Tests for ``ingroeiquotum.model.flows`` (public path ``ingroeiquotum.progress``): the flows of a
year (appointed, promoted, departed, reappointed), checked against hand counts.
"""

from datetime import date

from ingroeiquotum import progress, samples
from ingroeiquotum.company import Company, calendar_years
from ingroeiquotum.composition import Composition, Seat


def test_flows_from_seats():
    """2024: a man leaves on 30 April, a woman is promoted in on 1 May (sample bestuur)."""
    moved = progress.flows(
        samples.sample_company(), "bestuur", date(2024, 1, 1), date(2024, 12, 31)
    )
    assert Composition(0, 1) == moved.appointed
    assert Composition(0, 1) == moved.promoted
    assert Composition(1, 0) == moved.departed
    assert Composition(0, 0) == moved.reappointed


def test_reappointments_are_counted_apart():
    """A seat whose first appointment is earlier than its start is a reappointment."""
    seats = [
        Seat("man", date(2021, 5, 1), end=date(2025, 4, 30)),
        Seat("man", date(2025, 5, 1), first_appointed=date(2021, 5, 1)),
        Seat("woman", date(2025, 5, 1)),
    ]
    company = Company("X", "NV", financial_years=calendar_years(2025, 2025), seats={"rvc": seats})
    moved = progress.flows(company, "rvc", date(2025, 1, 1), date(2025, 12, 31))
    assert Composition(0, 1) == moved.appointed
    assert Composition(1, 0) == moved.reappointed
    assert Composition(1, 0) == moved.departed
