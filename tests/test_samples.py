"""
The shipped sample data (:mod:`ingroeiquotum.samples`): the fictional Polderchemie N.V. and its
targets, plan, meeting and course. The other tests use it as input; these check the promises of
its docstring (what it is built to exercise).
"""

from __future__ import annotations

from ingroeiquotum import samples
from ingroeiquotum.company import Company
from ingroeiquotum.plan import Plan
from ingroeiquotum.quota import Appointment, Departure


def test_the_sample_company_is_a_fresh_equal_value_each_time():
    """Each call builds the same company (a value, not shared state)."""
    assert isinstance(samples.sample_company(), Company)
    assert samples.sample_company() == samples.sample_company()


def test_the_sample_targets_serve_the_organs_of_the_docstring():
    """Targets for the bestuur and both subtop categories, as the module docstring promises."""
    organs = {str(target.organ) for target in samples.sample_targets()}
    assert {"bestuur", "subtop:Directeuren", "subtop:Afdelingshoofden"} <= organs


def test_the_sample_plan_and_meeting():
    """The plan has three measures; the meeting is a sequence of departures and appointments."""
    assert isinstance(samples.sample_plan(), Plan)
    assert 3 == len(samples.sample_plan().measures)
    events = samples.sample_meeting()
    assert events
    assert all(isinstance(event, Appointment | Departure) for event in events)


def test_the_sample_reasons_speak_both_languages():
    """The reason for the missed target exists in Dutch and in English, for the same targets."""
    dutch, english = samples.sample_reasons("nl"), samples.sample_reasons("en")
    assert sorted(dutch) == sorted(english)
    assert dutch != english
