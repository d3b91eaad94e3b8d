"""
The reporting duties at their public path (API contract): the rules of
:mod:`ingroeiquotum.law.bw2.reporting` (the deadline, the report, its checks), the report as a
document (:mod:`ingroeiquotum.io.report`) and its publication
(:mod:`ingroeiquotum.io.publication`), gathered in one namespace. The law does not import the
codec; this module, on top of both, does. Any other name is looked up in the rules' module.
"""

from __future__ import annotations

from typing import Any

from ingroeiquotum.io.publication import published_figures
from ingroeiquotum.io.report import (
    report_from_dict,
    report_from_json,
    report_to_dict,
    report_to_json,
    schema,
)
from ingroeiquotum.law.bw2 import reporting as _rules
from ingroeiquotum.law.bw2.reporting import (
    PUBLISHED_SCHEMA,
    RULE_VERSION,
    SCHEMA_VERSION,
    GroupCompany,
    OrganReport,
    OtherCounting,
    OtherCountingName,
    SerReport,
    build_report,
    check_completeness,
    check_deadline,
    check_plan,
    check_works_council,
    deadline,
    evaluate,
)

__all__ = [
    "PUBLISHED_SCHEMA",
    "RULE_VERSION",
    "SCHEMA_VERSION",
    "GroupCompany",
    "OrganReport",
    "OtherCounting",
    "OtherCountingName",
    "SerReport",
    "build_report",
    "check_completeness",
    "check_deadline",
    "check_plan",
    "check_works_council",
    "deadline",
    "evaluate",
    "published_figures",
    "report_from_dict",
    "report_from_json",
    "report_to_dict",
    "report_to_json",
    "schema",
]


def __getattr__(name: str) -> Any:
    """The rules module's other names (its helpers), as the public path always offered them."""
    return getattr(_rules, name)
