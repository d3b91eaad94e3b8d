"""
The selection of directors (art. 6) as a checklist, one finding per :class:`Duty`, and the
suspension of art. 6 that a member state may choose (art. 12).

>>> from datetime import date
>>> [f.verdict.value for f in check_selection(SelectionProcess(), date(2026, 9, 1))][:2]
['cannot_decide', 'cannot_decide']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "Duty",
    "SelectionProcess",
    "check_selection",
]

import enum
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.citations import (
    EU_2022_2381_5,
    EU_2022_2381_6,
    EU_2022_2381_6_1,
    EU_2022_2381_6_2,
    EU_2022_2381_6_3,
    EU_2022_2381_12,
    Citation,
)
from ingroeiquotum.law.eu.directive import _not_in_force
from ingroeiquotum.law.eu.objective import OBJECTIVES_DUE, Objective, _objectives_due
from ingroeiquotum.law.findings import Finding, Findings, Reading, Verdict
from ingroeiquotum.law.parameters import get as _parameter

# -- art. 6: the selection of directors, as a checklist --------------------------------------


class Duty(enum.Enum):
    """
    The items of the selection checklist: the duties of art. 6 for a company that misses its
    objective, and the individual objectives for executive directors under the 40 % objective.

    .. versionadded:: 0.1.0
    """

    CRITERIA_CLEAR_NEUTRAL = "criteria_clear_neutral"
    """Clear criteria, neutral and unambiguous, applied without discrimination throughout the
    selection, from the vacancy notice to the shortlist (art. 6(1))."""
    CRITERIA_SET_IN_ADVANCE = "criteria_set_in_advance"
    """The criteria are set before the selection starts (art. 6(1))."""
    COMPARATIVE_ASSESSMENT = "comparative_assessment"
    """Candidates are selected on a comparative assessment of their qualifications (art. 6(1))."""
    PRIORITY_EQUALLY_QUALIFIED = "priority_equally_qualified"
    """Between equally qualified candidates, priority to the under-represented sex unless an
    objective assessment of the other candidate tips the balance (art. 6(2))."""
    INFORMS_CANDIDATES = "informs_candidates"
    """A candidate considered is told on request the criteria, the comparative assessment and
    any considerations that tipped the balance (art. 6(3))."""
    RECORDS_FOR_BURDEN_OF_PROOF = "records_for_burden_of_proof"
    """The company keeps what it needs to prove that it applied the priority rule, as it bears
    the burden of proof when a candidate challenges it (art. 6; the paragraph was not read)."""
    EXECUTIVE_OBJECTIVES = "executive_objectives"
    """Under the 40 % objective: individual quantitative objectives for a better balance among
    the executive directors (art. 5)."""


_DUTY_CITATIONS: Mapping[Duty, Citation] = MappingProxyType(
    {
        Duty.CRITERIA_CLEAR_NEUTRAL: EU_2022_2381_6_1,
        Duty.CRITERIA_SET_IN_ADVANCE: EU_2022_2381_6_1,
        Duty.COMPARATIVE_ASSESSMENT: EU_2022_2381_6_1,
        Duty.PRIORITY_EQUALLY_QUALIFIED: EU_2022_2381_6_2,
        Duty.INFORMS_CANDIDATES: EU_2022_2381_6_3,
        Duty.RECORDS_FOR_BURDEN_OF_PROOF: EU_2022_2381_6,
        Duty.EXECUTIVE_OBJECTIVES: EU_2022_2381_5,
    }
)

_SELECTION = rules.get("eu.selection")


_optional_flag = _validate.attrs_optional_flag


@attrs.frozen
class SelectionProcess:
    """
    A company's recruitment and selection of directors, one answer per item of the checklist:
    ``True`` (the process does it), ``False`` (it does not) or ``None`` (not known).

    The field names are the values of :class:`Duty`.

    .. versionadded:: 0.1.0
    """

    criteria_clear_neutral: bool | None = attrs.field(default=None, validator=_optional_flag)
    criteria_set_in_advance: bool | None = attrs.field(default=None, validator=_optional_flag)
    comparative_assessment: bool | None = attrs.field(default=None, validator=_optional_flag)
    priority_equally_qualified: bool | None = attrs.field(default=None, validator=_optional_flag)
    informs_candidates: bool | None = attrs.field(default=None, validator=_optional_flag)
    records_for_burden_of_proof: bool | None = attrs.field(default=None, validator=_optional_flag)
    executive_objectives: bool | None = attrs.field(default=None, validator=_optional_flag)

    def answer(self, duty: Duty) -> bool | None:
        """The answer for ``duty``."""
        value: bool | None = getattr(self, Duty(duty).value)
        return value


def _suspension(on: date, suspended: bool | None) -> tuple[bool, Reading | None]:
    """
    Whether art. 6 is suspended on ``on``, and the reading it rests on where the Dutch choice
    is unknown (``eu.article_12_unknown``: not suspended, or where its alternative is chosen,
    suspended). The one place that decides it.
    """
    if suspended is not None:
        return suspended, None
    status: str = _parameter("women_on_boards.article_12_nl").at(on)
    if status != "unknown":
        return status == "suspended", None
    reading = readings.applies(readings.EU_ARTICLE_12_UNKNOWN)
    return reading.alternative_chosen, reading


def check_selection(
    process: SelectionProcess,
    on: date,
    *,
    objective: Objective | str = Objective.NON_EXECUTIVE_40,
    meets_objective: bool | None = False,
    suspended: bool | None = None,
    subject: str = "",
) -> tuple[Finding, ...]:
    """
    The selection ``process`` against the checklist on ``on``: one finding per :class:`Duty`.

    The art. 6 duties bind a company that has not reached its objective (``meets_objective``
    false; ``None`` where that is not known, and then a process that falls short gives
    ``CANNOT_DECIDE``), from 30 June 2026 (reading ``eu.selection_from_objectives_date``).
    ``suspended`` says whether the member state has suspended art. 6 under art. 12; ``None``
    looks up the Dutch choice, which is not known (reading ``eu.article_12_unknown``), so art. 6
    is applied. The individual objectives for executive directors are a duty under the 40 %
    objective only, whether or not the objective is met.

    >>> process = SelectionProcess(criteria_clear_neutral=True, informs_candidates=False)
    >>> [f.verdict.value for f in check_selection(process, date(2026, 9, 1))][:5]
    ['compliant', 'cannot_decide', 'cannot_decide', 'cannot_decide', 'not_compliant']
    """
    if not isinstance(process, SelectionProcess):
        raise InvalidArgument("process", process, "must be a SelectionProcess")
    on = _validate.day("on", on)
    goal = Objective.parse(objective)
    for name, flag in (("meets_objective", meets_objective), ("suspended", suspended)):
        if flag is not None and not isinstance(flag, bool):
            raise InvalidArgument(name, flag, "must be True, False or None")
    _validate.text("subject", subject)
    return Findings(
        _judge_duty(duty, process.answer(duty), on, goal, meets_objective, suspended, subject)
        for duty in Duty
    )


def _judge_duty(
    duty: Duty,
    answer: bool | None,
    on: date,
    goal: Objective,
    meets_objective: bool | None,
    suspended: bool | None,
    subject: str,
) -> Finding:
    citations: tuple[Citation, ...] = (_DUTY_CITATIONS[duty],)
    stopped = _not_in_force(_SELECTION, on, citations, subject)
    if stopped is not None:
        return stopped
    facts: dict[str, Any] = {
        "duty": duty,
        "objective": goal,
        "due_on": OBJECTIVES_DUE,
        "meets_objective": meets_objective,
    }
    applied: list[Reading] = [readings.EU_BENCHMARK]
    missing: tuple[str, ...] = ()
    if duty is Duty.EXECUTIVE_OBJECTIVES:
        applied.append(readings.EU_OBJECTIVE_NOT_CHOSEN)
        if goal is not Objective.NON_EXECUTIVE_40:
            verdict, message = Verdict.NOT_APPLICABLE, "eu.executive_objectives_not_required"
        elif not _objectives_due(on):
            verdict, message = Verdict.NOT_APPLICABLE, "eu.duty_not_yet"
        else:
            verdict, message, missing = _answer_verdict(duty, answer, bound=True)
    else:
        applied.append(readings.EU_SELECTION_FROM_DUE_DATE)
        is_suspended, unknown_choice = _suspension(on, suspended)
        if unknown_choice is not None:
            applied.append(unknown_choice)
        if not _objectives_due(on):
            verdict, message = Verdict.NOT_APPLICABLE, "eu.duty_not_yet"
        elif is_suspended:
            verdict, message = Verdict.NOT_APPLICABLE, "eu.duty_suspended"
            citations = (*citations, EU_2022_2381_12)
        elif meets_objective:
            verdict, message = Verdict.NOT_APPLICABLE, "eu.duty_not_required"
        else:
            verdict, message, missing = _answer_verdict(
                duty, answer, bound=meets_objective is False
            )
    return _SELECTION.finding(
        verdict,
        on,
        message,
        facts=facts,
        citations=citations,
        readings=applied,
        missing=missing,
        subject=subject,
    )


def _answer_verdict(
    duty: Duty, answer: bool | None, *, bound: bool
) -> tuple[Verdict, str, tuple[str, ...]]:
    """The verdict on one item; ``bound`` is whether the company is known to be bound by it."""
    if answer is None:
        return Verdict.CANNOT_DECIDE, "eu.duty_unknown", (duty.value,)
    if answer:
        return Verdict.COMPLIANT, "eu.duty_met", ()
    if bound:
        return Verdict.NOT_COMPLIANT, "eu.duty_not_met", ()
    return Verdict.CANNOT_DECIDE, "eu.duty_not_met_if_missed", ("meets_objective",)
