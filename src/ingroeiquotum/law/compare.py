"""
The Dutch law beside Directive (EU) 2022/2381: for one listed company on one date, the quota
(art. 2:142b BW), the targets duty (art. 2:166/2:276 BW) and the directive's scope, objective
and transposition, each with its own finding, and explanation keys that say where the regimes
differ and why (:func:`evaluate_combined`).

The comparison is not the directive: it sits above :mod:`ingroeiquotum.law.bw2` and
:mod:`ingroeiquotum.law.eu` and reads both. Its public path is ``ingroeiquotum.eu`` (API
contract): ``eu.evaluate_combined`` and ``eu.CombinedEvaluation``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "CombinedEvaluation",
    "evaluate_combined",
]

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.bw2 import quota, scope
from ingroeiquotum.law.citations import EU_2022_2381_2
from ingroeiquotum.law.eu.directive import transposition
from ingroeiquotum.law.eu.objective import OBJECTIVES_DUE, Objective, check_objective
from ingroeiquotum.law.eu.scope import Listing, directors, in_scope
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.law.parameters import in_force as _in_force
from ingroeiquotum.model.company import BoardModel, Company, FinancialYear

# -- both regimes at once --------------------------------------------------------------------


def _facts_view(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@attrs.frozen(eq=False)
class CombinedEvaluation:
    """
    The Dutch law and the directive for one listed company on one date.

    Each regime has its own finding with its own references: ``quota_scope`` and ``quota``
    (art. 2:142b BW; ``quota`` is the balance of the RvC or the non-executive directors where
    the quota applies, else the scope finding that says why not), ``targets`` (the targets duty,
    art. 2:166/2:276 BW, for the latest financial year ended by ``on``; ``None`` without
    financial years), ``eu_scope``, ``eu_objective`` (cited by the directive's ELI) and
    ``transposition``. ``explanations`` are message keys, rendered with ``facts`` by
    :func:`ingroeiquotum.i18n.message`, that say where the regimes differ and why, or that
    they agree.

    .. versionadded:: 0.1.0
    """

    company: str
    on: date
    objective: Objective
    quota_scope: Finding
    quota: Finding
    targets: Finding | None
    eu_scope: Finding
    eu_objective: Finding
    transposition: Finding
    explanations: tuple[str, ...]
    facts: Mapping[str, Any] = attrs.field(converter=_facts_view)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding, Dutch first: quota scope, quota, targets, EU scope, objective, slot."""
        items = (
            self.quota_scope,
            self.quota,
            self.targets,
            self.eu_scope,
            self.eu_objective,
            self.transposition,
        )
        return tuple(item for item in items if item is not None)

    @property
    def agree(self) -> bool:
        """Whether the quota and the directive's objective give the same answer."""
        return "eu.explain.agree" in self.explanations

    def _repr_html_(self) -> str:
        """Both regimes as a notebook shows them: every finding, then where they differ."""
        from ingroeiquotum.display import _html

        return _html.evaluation_html(self)


def _latest_year(company: Company, on: date) -> FinancialYear | None:
    ended = [year for year in company.financial_years if year.end <= on]
    return ended[-1] if ended else None


def _listing_for(company: Company, on: date, listing: Listing | None) -> Listing:
    if listing is None:
        listing = Listing("NL", ("NL",) if company.listed else ())
    elif not isinstance(listing, Listing):
        raise InvalidArgument("listing", listing, "must be a Listing or None")
    if listing.registered_office != "NL":
        raise InvalidArgument(
            "listing.registered_office",
            listing.registered_office,
            "a Dutch NV or BV has its registered office in the Netherlands ('NL')",
        )
    if ("NL" in listing.regulated_markets) != company.listed:
        raise InvalidArgument(
            "listing.regulated_markets",
            listing.regulated_markets,
            f"must include 'NL' exactly when the company is listed in the Netherlands "
            f"(company.listed is {company.listed})",
        )
    year = _latest_year(company, on)
    if year is not None and year.figures is not None:
        figures = year.figures
        listing = attrs.evolve(
            listing,
            employees=figures.employees if listing.employees is None else listing.employees,
            turnover=figures.net_turnover if listing.turnover is None else listing.turnover,
            balance_sheet_total=(
                figures.total_assets
                if listing.balance_sheet_total is None
                else listing.balance_sheet_total
            ),
        )
    return listing


def evaluate_combined(
    company: Company,
    on: date,
    *,
    listing: Listing | None = None,
    objective: Objective | str = Objective.NON_EXECUTIVE_40,
) -> CombinedEvaluation:
    """
    The Dutch quota, the Dutch targets duty and the directive's objective for ``company`` on
    ``on``, each with its own finding, and why they differ.

    ``listing`` gives the member states of its regulated-market listings and its size for the
    SME test; without it the company counts as listed in the Netherlands exactly when
    ``company.listed``. Missing size figures are taken from the latest financial year ended by
    ``on`` (reading ``eu.sme_definition``). The Dutch choice of objective is not known, so the
    caller names the objective (default: 40 % of the non-executive directors).

    >>> from ingroeiquotum.company import Snapshot
    >>> from ingroeiquotum.composition import Composition
    >>> company = Company("Voorbeeld NV", "NV", listed=True, snapshots=[
    ...     Snapshot("bestuur", date(2026, 6, 30), Composition(2, 1)),
    ...     Snapshot("rvc", date(2026, 6, 30), Composition(6, 3))])
    >>> result = evaluate_combined(company, date(2026, 6, 30), listing=Listing(
    ...     "NL", ["NL"], employees=900, turnover=400e6, balance_sheet_total=600e6))
    >>> result.quota.verdict.value, result.eu_objective.verdict.value
    ('compliant', 'not_compliant')
    >>> result.explanations
    ('eu.explain.benchmark', 'eu.explain.quota_met_objective_missed')

    Raises:
        InvalidArgument: if ``listing`` contradicts ``company.listed`` or names a registered
            office outside the Netherlands.

    """
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    on = _validate.day("on", on)
    goal = Objective.parse(objective)
    facts_listing = _listing_for(company, on, listing)
    quota_scope = scope.quota_applies(company, on)
    quota_finding = quota.check_company(company, on)
    year = _latest_year(company, on)
    targets = scope.targets_duty(company, year.end) if year is not None else None
    eu_scope = in_scope(facts_listing, on, subject=company.name)
    executives, non_executives = directors(company, on)
    objective_finding = check_objective(
        executives,
        non_executives,
        on,
        objective=goal,
        subject=company.name,
        two_tier=company.board_model is BoardModel.TWO_TIER,
    )
    if (
        eu_scope.verdict is Verdict.NOT_APPLICABLE
        and objective_finding.message != "eu.not_in_force"
    ):
        objective_finding = attrs.evolve(
            objective_finding,
            verdict=Verdict.NOT_APPLICABLE,
            message="eu.objective_out_of_scope",
            missing=(),
            citations=(*objective_finding.citations, EU_2022_2381_2),
        )
    slot = transposition(on, subject=company.name)
    facts: dict[str, Any] = {
        "subject": company.name,
        "on": on,
        "objective": goal,
        "target_share": goal.share,
        "due_on": OBJECTIVES_DUE,
        "regulated_markets": facts_listing.eu_markets,
        "members": quota_finding.facts.get("members"),
        "minimum_per_sex": quota_finding.facts.get("minimum_per_sex"),
        "positions": objective_finding.facts.get("positions"),
        "positions_needed": objective_finding.facts.get("positions_needed"),
        "under_represented_count": objective_finding.facts.get("under_represented_count"),
        "lapses_on": _in_force("act.in_force", on).lapses_on,
    }
    explanations = _explain(quota_scope, quota_finding, targets, eu_scope, objective_finding, goal)
    return CombinedEvaluation(
        company=company.name,
        on=on,
        objective=goal,
        quota_scope=quota_scope,
        quota=quota_finding,
        targets=targets,
        eu_scope=eu_scope,
        eu_objective=objective_finding,
        transposition=slot,
        explanations=explanations,
        facts=facts,
    )


def _category(finding: Finding) -> str:
    """A finding's answer in the terms both regimes share: met, missed, not applicable, open."""
    return {
        Verdict.COMPLIANT: "met",
        Verdict.NOT_COMPLIANT: "missed",
        Verdict.CANNOT_DECIDE: "open",
    }.get(finding.verdict, "not_applicable")


_DIFFERENCES = (
    "eu.explain.directive_not_in_force",
    "eu.explain.outside_quota_inside_directive",
    "eu.explain.quota_without_directive_sme",
    "eu.explain.quota_lapsed",
    "eu.explain.objective_not_yet",
    "eu.explain.quota_met_objective_missed",
    "eu.explain.objective_met_quota_missed",
)


def _explain(
    quota_scope: Finding,
    quota_finding: Finding,
    targets: Finding | None,
    eu_scope: Finding,
    objective: Finding,
    goal: Objective,
) -> tuple[str, ...]:
    """
    The explanation keys: the benchmark caveat first, then each difference found and why;
    ``eu.explain.agree`` where both give the same answer, ``eu.explain.undecided`` where one
    of them cannot decide (the directive's scope included), and ``eu.explain.differ`` as a
    safety net for a difference no other key names (no known case reaches it).
    """
    keys: list[str] = []
    quota_applies = quota_scope.verdict is Verdict.APPLIES
    eu_applies = eu_scope.verdict is Verdict.APPLIES
    if eu_scope.message == "eu.not_in_force":
        if quota_applies:
            keys.append("eu.explain.directive_not_in_force")
    elif quota_scope.message == "scope.quota_not_listed" and eu_applies:
        keys.append("eu.explain.outside_quota_inside_directive")
    elif quota_applies and eu_scope.message == "eu.scope_sme":
        keys.append("eu.explain.quota_without_directive_sme")
    elif quota_scope.message == "scope.act_lapsed" and eu_applies:
        keys.append("eu.explain.quota_lapsed")
    if quota_applies and eu_applies and objective.message == "eu.objective_not_yet":
        keys.append("eu.explain.objective_not_yet")
    answers = (
        _category(quota_finding),
        "open" if eu_scope.verdict is Verdict.CANNOT_DECIDE else _category(objective),
    )
    if answers == ("met", "missed"):
        keys.append("eu.explain.quota_met_objective_missed")
    elif answers == ("missed", "met"):
        keys.append("eu.explain.objective_met_quota_missed")
    if goal is Objective.ALL_DIRECTORS_33 and eu_applies:
        keys.append("eu.explain.counts_executives")
    if (
        eu_applies
        and goal is Objective.NON_EXECUTIVE_40
        and targets is not None
        and targets.verdict is Verdict.APPLIES
    ):
        keys.append("eu.explain.executive_targets")
    if not set(_DIFFERENCES) & set(keys):
        if "open" in answers:
            keys.append("eu.explain.undecided")
        elif answers[0] == answers[1]:
            keys.append("eu.explain.agree")
        else:
            keys.append("eu.explain.differ")
    return ("eu.explain.benchmark", *keys)
