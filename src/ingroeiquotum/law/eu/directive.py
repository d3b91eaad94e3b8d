"""
Directive (EU) 2022/2381 as an instrument: this library's reading of it (:data:`RULE_VERSION`),
its entry into force (art. 14; the dated parameter ``women_on_boards.in_force``) and its
transposition by the Netherlands (art. 11): the deadline, the Commission's letter of formal
notice and :func:`transposition`, the slot that a later release fills with the Dutch act.

Every article group of the directive (:mod:`~ingroeiquotum.law.eu.scope`,
:mod:`~ingroeiquotum.law.eu.objective`, :mod:`~ingroeiquotum.law.eu.selection`,
:mod:`~ingroeiquotum.law.eu.information`) asks this module whether the directive is in force.

>>> from datetime import date
>>> transposition(date(2026, 6, 30)).facts["status"]
'not_in_force'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "LETTER_OF_FORMAL_NOTICE",
    "RULE_VERSION",
    "TRANSPOSITION_DEADLINE",
    "transposition",
]

from datetime import date
from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.citations import COMMISSION_LETTER_2025, EU_2022_2381_11, Citation
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.law.parameters import get as _parameter
from ingroeiquotum.law.parameters import in_force as _in_force

RULE_VERSION = rules.get("eu.scope").version
"""The version of this module's reading of Directive (EU) 2022/2381 (the rules registry's)."""

_TRANSPOSITION = rules.get("eu.transposition")
assert _TRANSPOSITION.in_force is not None  # the registry names its dated parameter
_TRANSPOSITION_NL: str = _TRANSPOSITION.in_force

TRANSPOSITION_DEADLINE: date = _parameter(_TRANSPOSITION_NL).values[0].start
"""The date by which the member states had to transpose the directive (art. 11): the first
value of the dated parameter ``women_on_boards.transposition_nl``."""

LETTER_OF_FORMAL_NOTICE: date = next(
    value.start
    for value in _parameter(_TRANSPOSITION_NL).values
    if value.citation == COMMISSION_LETTER_2025
)
"""The date the Commission's letter of formal notice to the Netherlands was published (the
value of ``women_on_boards.transposition_nl`` that cites it)."""


def _not_in_force(
    rule: rules.Rule, on: date, citations: tuple[Citation, ...], subject: str
) -> Finding | None:
    """
    The finding of ``rule`` for a day the directive is not in force (its registered dated
    parameter, ``women_on_boards.in_force``, has no value), or ``None`` where it is.
    """
    assert rule.in_force is not None  # every rule of the directive names its dated parameter
    status = _in_force(rule.in_force, on)
    if status.in_force:
        return None
    return rule.finding(
        Verdict.NOT_APPLICABLE,
        on,
        "eu.not_in_force",
        facts={"in_force_from": status.in_force_from},
        citations=citations,
        readings=(readings.EU_BENCHMARK,),
        subject=subject,
    )


# -- the Dutch transposition -----------------------------------------------------------------


def transposition(on: date, *, subject: str = "") -> Finding:
    """
    What the library knows of the Dutch transposition on ``on``: the finding.

    From the deadline of 28 December 2024 the answer is "not transposed in force as far as
    known" (``NOT_APPLICABLE``: no Dutch rule reaches the company), citing the deadline and,
    from 31 January 2025, the Commission's letter of formal notice. Which objective the
    Netherlands chooses, and whether it suspends art. 6, are not known and never guessed. A
    later release adds the act as a dated value; this function and its finding stay the same.

    >>> finding = transposition(date(2026, 6, 30))
    >>> finding.message, finding.facts["status"]
    ('eu.transposition_not_in_force', 'not_in_force')
    >>> transposition(date(2024, 12, 1)).message
    'eu.transposition_not_due'
    """
    on = _validate.day("on", on)
    _validate.text("subject", subject)
    applied = (readings.EU_OBJECTIVE_NOT_CHOSEN, readings.applies(readings.EU_ARTICLE_12_UNKNOWN))
    facts: dict[str, Any] = {
        "deadline": TRANSPOSITION_DEADLINE,
        "letter_of_formal_notice": LETTER_OF_FORMAL_NOTICE,
    }
    if not _in_force(_TRANSPOSITION_NL, on).in_force:
        return _TRANSPOSITION.finding(
            Verdict.NOT_APPLICABLE,
            on,
            "eu.transposition_not_due",
            facts={**facts, "status": "not_due"},
            citations=(EU_2022_2381_11,),
            readings=applied,
            subject=subject,
        )
    entry = _parameter(_TRANSPOSITION_NL).entry(on)
    status = str(entry.value)
    citations: tuple[Citation, ...] = tuple(dict.fromkeys((EU_2022_2381_11, entry.citation)))
    notes = ("eu.transposition_letter",) if on >= LETTER_OF_FORMAL_NOTICE else ()
    if status == "not_in_force":
        verdict, message = Verdict.NOT_APPLICABLE, "eu.transposition_not_in_force"
    else:
        verdict, message, notes = Verdict.APPLIES, "eu.transposition_recorded", ()
    return _TRANSPOSITION.finding(
        verdict,
        on,
        message,
        facts={**facts, "status": status},
        citations=citations,
        readings=applied,
        subject=subject,
        notes=notes,
    )
