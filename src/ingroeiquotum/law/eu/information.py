"""
The information a listed company gives once a year (art. 7): :class:`AnnualInformation`, built
from a company by :func:`annual_information` and checked by :func:`check_annual_information`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "AnnualInformation",
    "annual_information",
    "check_annual_information",
]

from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import readings, rules
from ingroeiquotum.law.citations import EU_2022_2381_7
from ingroeiquotum.law.eu.directive import _not_in_force
from ingroeiquotum.law.eu.objective import Objective, _optional_composition, check_objective
from ingroeiquotum.law.eu.scope import directors
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.model.company import BoardModel, Company
from ingroeiquotum.model.composition import Composition

_INFORMATION = rules.get("eu.annual_information")


# -- art. 7: the yearly information ----------------------------------------------------------


def _texts(field: str, value: object) -> tuple[str, ...]:
    items = _validate.sequence(field, value)
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise InvalidArgument(f"{field}[{index}]", item, "must be a non-empty string")
    return tuple(items)


def _measures(value: object) -> tuple[str, ...]:
    return _texts("measures", value)


def _planned_measures(value: object) -> tuple[str, ...]:
    return _texts("planned_measures", value)


def _objective_field(value: object) -> Objective:
    return Objective.parse(value)


def _optional_text(instance: Any, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidArgument(attribute.name, value, "must be a string or None")


def _composition_field(instance: Any, attribute: Any, value: Any) -> None:
    _optional_composition(attribute.name, value)


@attrs.frozen
class AnnualInformation:
    """
    The information a listed company gives once a year (art. 7): the composition of its board
    by sex, executive and non-executive directors apart; the measures taken towards the
    objective; and where it missed the objective, the reasons and the measures it has taken or
    intends to take.

    ``objective_met`` is ``None`` where the objective is not due yet or cannot be decided.

    .. versionadded:: 0.1.0
    """

    company: str = attrs.field(validator=_validate.attrs_text)
    on: date = attrs.field(validator=_validate.attrs_day)
    objective: Objective = attrs.field(converter=_objective_field)
    executives: Composition | None = attrs.field(validator=_composition_field)
    non_executives: Composition | None = attrs.field(validator=_composition_field)
    measures: tuple[str, ...] = attrs.field(default=(), converter=_measures)
    reasons: str | None = attrs.field(default=None, validator=_optional_text)
    planned_measures: tuple[str, ...] = attrs.field(default=(), converter=_planned_measures)
    objective_met: bool | None = attrs.field(default=None, validator=_validate.attrs_optional_flag)

    def as_dict(self) -> dict[str, Any]:
        """The information as plain, JSON-ready data."""

        def counts(composition: Composition | None) -> dict[str, int] | None:
            return None if composition is None else composition.as_dict()

        return {
            "company": self.company,
            "on": self.on.isoformat(),
            "objective": self.objective.value,
            "executive_directors": counts(self.executives),
            "non_executive_directors": counts(self.non_executives),
            "objective_met": self.objective_met,
            "measures": list(self.measures),
            "reasons": self.reasons,
            "planned_measures": list(self.planned_measures),
        }

    def _repr_html_(self) -> str:
        """The information as a notebook shows it: the boards, the objective, the measures."""
        from ingroeiquotum.display import _html

        return _html.information_html(self)


def annual_information(
    company: Company,
    on: date,
    *,
    objective: Objective | str = Objective.NON_EXECUTIVE_40,
    measures: Iterable[str] = (),
    reasons: str | None = None,
    planned_measures: Iterable[str] = (),
) -> AnnualInformation:
    """
    The yearly information of art. 7 for ``company`` on ``on``, from its compositions (see
    :func:`directors`) and the measures, reasons and planned measures given.

    >>> from ingroeiquotum.company import Snapshot
    >>> company = Company("X", "NV", listed=True, snapshots=[
    ...     Snapshot("bestuur", date(2026, 12, 31), Composition(2, 1)),
    ...     Snapshot("rvc", date(2026, 12, 31), Composition(4, 2))])
    >>> annual_information(company, date(2026, 12, 31)).objective_met
    True
    """
    executives, non_executives = directors(company, on)
    finding = check_objective(
        executives,
        non_executives,
        on,
        objective=objective,
        subject=company.name,
        two_tier=company.board_model is BoardModel.TWO_TIER,
    )
    met = {Verdict.COMPLIANT: True, Verdict.NOT_COMPLIANT: False}.get(finding.verdict)
    return AnnualInformation(
        company=company.name,
        on=on,
        objective=objective,
        executives=executives,
        non_executives=non_executives,
        measures=measures,
        reasons=reasons,
        planned_measures=planned_measures,
        objective_met=met,
    )


def check_annual_information(info: AnnualInformation) -> Finding:
    """
    Whether ``info`` holds what art. 7 asks, listing every missing item in ``missing``.

    >>> info = AnnualInformation("X", date(2026, 12, 31), "non_executive_40",
    ...     Composition(2, 1), Composition(5, 1), objective_met=False)
    >>> finding = check_annual_information(info)
    >>> finding.verdict.value, finding.missing
    ('not_compliant', ('measures', 'reasons_missed', 'planned_measures'))
    """
    if not isinstance(info, AnnualInformation):
        raise InvalidArgument("info", info, "must be an AnnualInformation")
    citations = (EU_2022_2381_7,)
    stopped = _not_in_force(_INFORMATION, info.on, citations, info.company)
    if stopped is not None:
        return stopped
    problems = [
        f"composition:{organ}"
        for organ, part in (
            ("executive", info.executives),
            ("non_executive", info.non_executives),
        )
        if part is None
    ]
    if info.objective_met is False:
        if not info.measures:
            problems.append("measures")
        if not (info.reasons or "").strip():
            problems.append("reasons_missed")
        if not info.planned_measures:
            problems.append("planned_measures")
    facts = {
        "problems": len(problems),
        "objective": info.objective,
        "objective_met": info.objective_met,
        "measures": len(info.measures),
    }
    complete = not problems
    return _INFORMATION.finding(
        Verdict.COMPLIANT if complete else Verdict.NOT_COMPLIANT,
        info.on,
        "eu.information_complete" if complete else "eu.information_incomplete",
        facts=facts,
        citations=citations,
        readings=(readings.EU_BENCHMARK,),
        missing=problems,
        subject=info.company,
    )
