"""Facts shared by the tests of the guidance's queries and of its renderings."""

from __future__ import annotations

from datetime import date

from ingroeiquotum.citations import BW_2_142B_2
from ingroeiquotum.findings import Finding, Verdict


def finding(rule: str, verdict: Verdict = Verdict.NOT_COMPLIANT, subject: str = "") -> Finding:
    """A finding of ``rule`` as the guidance's advice reads it (its rule, verdict, subject)."""
    return Finding(
        rule=rule,
        rule_version="1",
        verdict=verdict,
        on=date(2025, 6, 30),
        message=f"{rule}.test",
        subject=subject,
        citations=(BW_2_142B_2,),
    )
