"""
The facts a rule needs (*benodigde gegevens*): what to ask a user so that a rule can decide.

HR software that asks only what a verdict needs starts from the rules registry
(:mod:`~ingroeiquotum.law.rules`): :func:`facts_of` gives, for a rule, the inputs its functions
read, those without which it cannot run first. :func:`missing_facts` then takes the facts at
hand (a partial :class:`~ingroeiquotum.company.Company`, a composition with members of unknown
sex, a ``None`` where a composition is not known) and says what is still missing for a decided
verdict, each with the field to fill.

It does not decide the law itself: it calls the rule with the facts given and reads the
finding's ``missing`` (the rule knows when the sex of an unknown member would change its
verdict, and when it would not). Only an input the rule cannot run without is named before the
rule is asked.

>>> from datetime import date
>>> from ingroeiquotum.composition import Composition
>>> facts_of("quota.balance").required
('composition', 'on')
>>> needs = missing_facts("quota.balance", composition=Composition(men=4, women=1, unknown=1),
...                       on=date(2025, 6, 30))
>>> needs.decided, [need.field for need in needs.missing]
(False, ['composition.unknown'])
>>> missing_facts("quota.balance", composition=Composition(men=3, women=3, unknown=1),
...               on=date(2025, 6, 30)).verdict  # met whatever the unknown member's sex
<Verdict.COMPLIANT: 'compliant'>
>>> missing_facts("quota.balance", composition=Composition(men=5, women=0, unknown=1),
...               on=date(2025, 6, 30)).decided  # two women short: one unknown cannot fill it
True

.. versionadded:: 0.3.0
"""

from __future__ import annotations

__all__ = ["Need", "Needs", "RuleFacts", "facts_of", "missing_facts"]

import inspect
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

import attrs

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import eu as _eu
from ingroeiquotum.law import rules
from ingroeiquotum.law.bw2 import quota as _quota
from ingroeiquotum.law.bw2 import reporting as _reporting
from ingroeiquotum.law.bw2 import scope as _scope
from ingroeiquotum.law.bw2 import targets as _targets
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.model.company import Company
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.planning import projection as _projection
from ingroeiquotum.planning import succession as _succession

_IMPLEMENTATIONS: Mapping[str, ModuleType] = {
    "ingroeiquotum.quota": _quota,
    "ingroeiquotum.scope": _scope,
    "ingroeiquotum.targets": _targets,
    "ingroeiquotum.reporting": _reporting,
    "ingroeiquotum.projection": _projection,
    "ingroeiquotum.succession": _succession,
    "ingroeiquotum.eu": _eu,
}
"""The module that holds each public module's rule functions (the facades are the same objects)."""


@attrs.frozen
class RuleFacts:
    """
    The inputs one function of a rule reads: ``required`` (it cannot run without them) and
    ``optional`` (each has a default the rule applies when it is not given).

    .. versionadded:: 0.3.0
    """

    rule: str
    function: str
    required: tuple[str, ...]
    optional: tuple[str, ...]


@attrs.frozen
class Need:
    """
    One fact still missing: ``key`` as the finding names it (``"members_sex"``,
    ``"composition:rvc"``, ``"size_figures:2024-12-31"``), or the name of an input not given;
    ``field`` the place to fill it, a dotted path into the inputs (``"composition.unknown"``:
    the sex of the members now counted as unknown; ``"company.snapshots[rvc]"``: a snapshot of
    the RvC on the day asked about); ``argument`` the input it belongs to.

    .. versionadded:: 0.3.0
    """

    key: str
    field: str

    @property
    def argument(self) -> str:
        """The input the field belongs to: the part of ``field`` before the first ``.`` or ``[``."""
        return self.field.split("[", 1)[0].split(".", 1)[0]


@attrs.frozen
class Needs:
    """
    What a rule still needs: the rule, the function asked, the verdict with the facts given
    (``None`` when an input it cannot run without is missing, so it was not asked) and the
    facts missing for a decided verdict (empty when it is decided).

    .. versionadded:: 0.3.0
    """

    rule: str
    function: str
    verdict: Verdict | None
    missing: tuple[Need, ...]

    @property
    def decided(self) -> bool:
        """Whether the facts given decide the verdict."""
        return self.verdict is not None and not self.missing


def _function(rule: rules.Rule, name: str) -> Callable[..., Any]:
    module = _IMPLEMENTATIONS[rule.module]
    function: Callable[..., Any] = getattr(module, name)
    return function


def _split(function: Callable[..., Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    required: list[str] = []
    optional: list[str] = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        (required if parameter.default is parameter.empty else optional).append(parameter.name)
    return tuple(required), tuple(optional)


def facts_of(rule_id: str, function: str | None = None) -> RuleFacts:
    """
    The inputs ``function`` of the rule ``rule_id`` reads (by default its first function, the
    one the registry names first).

    >>> facts_of("targets.progress").required
    ('target', 'company', 'financial_year_end')
    >>> facts_of("quota.appointment", "judge_meeting").required
    ('before', 'events', 'on')

    Raises:
        InvalidArgument: for an id that is not a rule's, or a function that is not one of its.
    """
    rule = rules.get(rule_id)
    name = rule.functions[0] if function is None else function
    if name not in rule.functions:
        raise InvalidArgument("function", function, f"is not one of {rule.functions}")
    required, optional = _split(_function(rule, name))
    return RuleFacts(rule.id, name, required, optional)


def _findings(result: object, rule_id: str) -> list[Finding]:
    if isinstance(result, Finding):
        return [result]
    items = getattr(result, "findings", result)
    if isinstance(items, tuple | list):
        return [item for item in items if isinstance(item, Finding) and item.rule == rule_id]
    return []


def _unknown_fields(facts: Mapping[str, Any], on: Any) -> list[str]:
    """Where members of unknown sex are in the facts given: one field per composition."""
    fields = []
    for name, value in facts.items():
        if isinstance(value, Composition) and value.unknown:
            fields.append(f"{name}.unknown")
        elif isinstance(value, Company):
            fields.extend(
                f"{name}.snapshots[{snapshot.organ}].composition.unknown"
                for snapshot in value.snapshots
                if snapshot.composition.unknown and (on is None or snapshot.on == on)
            )
    return fields or ["composition.unknown"]


def _company_arg(facts: Mapping[str, Any]) -> str:
    for name, value in facts.items():
        if isinstance(value, Company):
            return name
    return "company"


def _fields(key: str, facts: Mapping[str, Any]) -> list[str]:
    """The places to fill for a key of a finding's ``missing``."""
    head, _, rest = key.partition(":")
    on = facts.get("on", facts.get("financial_year_end"))
    company = _company_arg(facts)
    if key == "members_sex":
        return _unknown_fields(facts, on)
    if key == "appointee_sex":
        return ["appointee.gender"]
    if head == "composition" and rest:
        if company in facts:
            return [f"{company}.snapshots[{rest}]"]
        named = {"executive": "executives", "non_executive": "non_executives"}.get(rest, rest)
        return [named]
    if head == "size_figures" and rest:
        if "history" in facts:
            return [f"history[{rest}]"]
        return [f"{company}.financial_years[{rest}].figures"]
    if head == "financial_year" and rest:
        return [f"history[{rest}]" if "history" in facts else f"{company}.financial_years[{rest}]"]
    if head == "base" and rest:
        return [f"{company}.snapshots[{rest}]"]
    if key in ("employees", "turnover", "balance_sheet_total"):
        return [f"listing.{key}"]
    if key == "works_council_involved":
        return ["report.works_council_involved"]
    if key in ("members",):
        return ["composition"]
    return [key]


def missing_facts(rule_id: str, /, **facts: Any) -> Needs:
    """
    What the rule ``rule_id`` still needs to decide, given ``facts`` (its inputs by name, as
    the registry's :attr:`~.rules.Rule.facts` names them).

    The function asked is the first of the rule's functions whose required inputs are all
    given. If none is, nothing is asked: the missing inputs of the first function are the
    needs. Otherwise the function is called with the facts it takes; where its verdict is
    ``CANNOT_DECIDE``, each key of the finding's ``missing`` is a need, with its field.

    >>> from datetime import date
    >>> from ingroeiquotum.company import Company
    >>> listed = Company("Voorbeeld NV", "NV", listed=True)
    >>> needs = missing_facts("quota.balance", company=listed, on=date(2025, 6, 30))
    >>> needs.function, [(need.key, need.field) for need in needs.missing]
    ('check_company', [('composition:rvc', 'company.snapshots[rvc]')])
    >>> [need.field for need in missing_facts("quota.balance").missing]
    ['composition', 'on']

    Raises:
        InvalidArgument: for an id that is not a rule's, or a fact that none of its functions
            reads. What the rule itself refuses (a bad date, a bad composition) it raises.
    """
    rule = rules.get(rule_id)
    signatures = [(name, *_split(_function(rule, name))) for name in rule.functions]
    known = {item for _, required, optional in signatures for item in (*required, *optional)}
    for name in facts:
        if name not in known:
            raise InvalidArgument(name, facts[name], f"is not a fact of the rule {rule.id!r}")
    for name, required, optional in signatures:
        if all(item in facts for item in required):
            taken = {key: value for key, value in facts.items() if key in (*required, *optional)}
            found = _findings(_function(rule, name)(**taken), rule.id)
            undecided = [item for item in found if item.verdict is Verdict.CANNOT_DECIDE]
            needs = {
                (key, field): Need(key, field)
                for finding in undecided
                for key in finding.missing
                for field in _fields(key, taken)
            }
            verdict = (undecided or found)[0].verdict if found else None
            return Needs(rule.id, name, verdict, tuple(needs.values()))
    name, required, _ = signatures[0]
    absent = tuple(Need(item, item) for item in required if item not in facts)
    return Needs(rule.id, name, None, absent)
