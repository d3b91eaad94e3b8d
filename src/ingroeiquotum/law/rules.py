"""
The rules registry (*regelregister*): every rule of the library in one table.

A rule is one legal question the library answers with a :class:`~.findings.Finding`. Each
:class:`Rule` names its id (``"quota.balance"``, the ``rule`` of its findings), the version of
its reading, the public module and functions that apply it, the provisions it cites, the facts
it reads (the names of the functions' inputs), the message keys its findings carry (each
rendered in Dutch and English by :func:`ingroeiquotum.i18n.render`) and the dated parameter
that says when it is in force. Like python-stdnum's ``get_number_modules``, :func:`all_rules`
lists them, so that a test runs every rule and a reader finds where an article is decided
(:func:`citing`).

>>> get("quota.balance").module, get("quota.balance").functions
('ingroeiquotum.quota', ('check_balance', 'check_company'))
>>> [rule.id for rule in citing(BW_2_142B_2)]
['quota.balance', 'quota.appointment', 'succession.earliest_balance']

**One builder.** A rule builds its finding with :meth:`Rule.finding` (and, where the law is not
in force on the day asked about, :meth:`Rule.not_in_force`): the finding's ``rule``,
``rule_version`` and ``advisory`` come from the registry entry, never from literals repeated
in the rule's code.

>>> from datetime import date
>>> finding = get("plan.present").finding(
...     Verdict.COMPLIANT, date(2024, 12, 31), "plan.present",
...     facts={"measures": 2}, citations=[BW_2_166_3],
... )
>>> finding.rule, finding.rule_version, finding.advisory
('plan.present', '2022.1', False)

**Naming convention** for rule functions added from now on:

- ``check_<thing>(...) -> Finding`` applies one rule to one set of facts and returns its
  finding (``check_balance``, ``check_deadline``); a rule function never raises for
  non-compliance.
- ``is_<thing>(...) -> bool`` is a predicate and ``<noun>(...)`` a value
  (``is_balanced``, ``minimum_per_sex``, ``deadline``): plain answers without a finding, each
  deciding the same way as the rule it belongs to.
- ``evaluate(...) -> tuple[Finding, ...]`` runs every rule of a module for one company and
  one financial year.

The names of the API contract that predate the convention stay (``judge_appointment``,
``judge_meeting``, ``judge_size``, ``quota_applies``, ``targets_duty``,
``projected_finding``, and the EU module's ``in_scope`` and ``transposition``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__ = ["VERSIONS", "Rule", "all_rules", "citing", "get"]

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import attrs

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.citations import (
    BIBV_3D,
    BW_2_14,
    BW_2_142B_1,
    BW_2_142B_2,
    BW_2_142B_3,
    BW_2_166_1,
    BW_2_166_2,
    BW_2_166_3,
    BW_2_276_1,
    BW_2_276_2,
    BW_2_276_3,
    BW_2_397_1,
    BW_2_398_1,
    COMMISSION_LETTER_2025,
    EU_2022_2381_2,
    EU_2022_2381_3,
    EU_2022_2381_4,
    EU_2022_2381_5,
    EU_2022_2381_6,
    EU_2022_2381_6_1,
    EU_2022_2381_6_2,
    EU_2022_2381_6_3,
    EU_2022_2381_7,
    EU_2022_2381_11,
    EU_2022_2381_12,
    EU_2022_2381_ANNEX,
    Citation,
)
from ingroeiquotum.law.dated import InForce
from ingroeiquotum.law.findings import Finding, Reading, Verdict

VERSIONS: Mapping[str, str] = {
    "ingroeiquotum.quota": "2022.1",
    "ingroeiquotum.scope": "2024.1",
    "ingroeiquotum.targets": "2022.1",
    "ingroeiquotum.reporting": "2022.1",
    "ingroeiquotum.projection": "2026.1",
    "ingroeiquotum.succession": "2022.1",
    "ingroeiquotum.eu": "2022.1",
}
"""
The version of each module's reading, by its public path: a rule's findings carry it as their
``rule_version``, and the module's ``RULE_VERSION`` is this value. It changes when a reading
changes (2024.1 for the scope: the raised limits of Stb. 2024, 52).
"""


def _texts(instance: Rule, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if not isinstance(value, tuple) or not value:
        raise InvalidArgument(attribute.name, value, "must be a non-empty tuple of strings")
    for item in value:
        if not isinstance(item, str) or not item:
            raise InvalidArgument(attribute.name, item, "must be a non-empty string")


@attrs.frozen
class Rule:
    """
    One rule of the library: what it decides, where, from which facts, with which messages.

    ``module`` is the public module (``"ingroeiquotum.quota"``) and ``functions`` the public
    functions there whose findings carry this rule's id. ``articles`` are the provisions its
    findings may cite; ``facts`` the names of the inputs it reads; ``messages`` every message
    key its findings carry (including the notes); ``in_force`` the dated parameter that says
    when it applies (``None`` where the rule applies whatever the date, such as the size test
    of art. 2:397 BW). ``advisory`` marks a recommendation (the SER's advice), not a duty.

    .. versionadded:: 0.2.0
    """

    id: str
    module: str
    functions: tuple[str, ...] = attrs.field(validator=_texts)
    articles: tuple[Citation, ...]
    facts: tuple[str, ...] = attrs.field(validator=_texts)
    messages: tuple[str, ...] = attrs.field(validator=_texts)
    in_force: str | None = None
    advisory: bool = False

    @property
    def version(self) -> str:
        """The version of the rule's reading (its module's, see :data:`VERSIONS`)."""
        return VERSIONS[self.module]

    def finding(
        self,
        verdict: Verdict,
        on: date,
        message: str,
        *,
        facts: Mapping[str, Any] | None = None,
        citations: Sequence[Citation],
        readings: Sequence[Reading] = (),
        missing: Sequence[str] = (),
        subject: str = "",
        notes: Sequence[str] = (),
    ) -> Finding:
        """
        The finding of this rule: the one builder every rule uses, so that ``rule``,
        ``rule_version`` and ``advisory`` come from this entry.
        """
        return Finding(
            rule=self.id,
            rule_version=self.version,
            verdict=verdict,
            on=on,
            message=message,
            facts={} if facts is None else facts,
            citations=citations,
            readings=readings,
            missing=missing,
            subject=subject,
            notes=notes,
            advisory=self.advisory,
        )

    def not_in_force(
        self,
        status: InForce,
        message: str,
        *,
        facts: Mapping[str, Any] | None = None,
        citations: Sequence[Citation],
        readings: Sequence[Reading] = (),
        subject: str = "",
    ) -> Finding:
        """
        The ``NOT_APPLICABLE`` finding for a day the law is not in force (``status``, from
        :func:`.parameters.in_force`): the given facts and the dates that decide it.
        """
        return self.finding(
            Verdict.NOT_APPLICABLE,
            status.on,
            message,
            facts={**(facts or {}), **status.facts},
            citations=citations,
            readings=readings,
            subject=subject,
        )


_QUOTA = "ingroeiquotum.quota"
_SCOPE = "ingroeiquotum.scope"
_TARGETS = "ingroeiquotum.targets"
_REPORTING = "ingroeiquotum.reporting"
_EU = "ingroeiquotum.eu"
_NOT_IN_FORCE_QUOTA = ("quota.not_yet", "quota.lapsed")
_NOT_COVERED = ("scope.not_covered", "scope.not_covered_lapsed")
_TARGETS_DUTY = (
    *_NOT_COVERED,
    "scope.single_date",
    "scope.targets_year_missing",
    "scope.targets_applies",
    "scope.targets_not_applicable",
    "scope.targets_cannot_decide",
)

_RULES = (
    # -- art. 2:142b BW: the quota ----------------------------------------------------------
    Rule(
        "quota.balance", _QUOTA, ("check_balance", "check_company"),
        (BW_2_142B_1, BW_2_142B_2, BW_2_142B_3),
        ("composition", "on", "subject", "company"),
        ("quota.organ_not_reached", *_NOT_IN_FORCE_QUOTA, "quota.empty", "quota.balanced",
         "quota.balance_unknown", "quota.unbalanced", "quota.composition_unknown"),
        in_force="quota.minimum_share",
    ),
    Rule(
        "quota.appointment", _QUOTA, ("judge_appointment", "judge_meeting"),
        (BW_2_142B_1, BW_2_142B_2, BW_2_142B_3, BW_2_14),
        ("before", "appointee", "on", "reappointment", "first_appointed",
         "exceptional_circumstances", "subject", "events"),
        ("quota.organ_not_reached", *_NOT_IN_FORCE_QUOTA, "quota.appointment_unknown",
         "quota.appointment_valid_any_assignment", "quota.appointment_void",
         "quota.appointment_valid_balanced", "quota.appointment_valid_more_balanced",
         "quota.appointment_valid_reappointment", "quota.appointment_valid_exceptional",
         "quota.tipping_warning"),
        in_force="quota.minimum_share",
    ),
    # -- art. 2:166/2:276 lid 1 and 2:397 BW, art. 2:142b lid 1 BW: the scope ---------------
    Rule(
        "scope.large", _SCOPE, ("judge_size",),
        (BW_2_166_1, BW_2_276_1, BW_2_397_1, BW_2_398_1),
        ("history", "on", "opt_in_2023", "legal_form", "subject"),
        ("scope.no_limits", "scope.single_date", "scope.year_missing", "scope.size_unknown",
         "scope.large", "scope.not_large"),
    ),
    Rule(
        "scope.targets", _SCOPE, ("targets_duty",),
        (BW_2_166_1, BW_2_276_1, BW_2_397_1, BW_2_398_1),
        ("company", "financial_year_end"),
        _TARGETS_DUTY,
        in_force="act.in_force",
    ),
    Rule(
        "scope.quota", _SCOPE, ("quota_applies",),
        (BW_2_142B_1,),
        ("company", "on"),
        ("scope.act_not_yet", "scope.act_lapsed", "scope.quota_not_listed",
         "scope.quota_applies"),
        in_force="act.in_force",
    ),
    # -- art. 2:166/2:276 lid 2 BW: the targets ---------------------------------------------
    Rule(
        "targets.attainable", _TARGETS, ("check_attainable",),
        (BW_2_166_2, BW_2_276_2),
        ("target", "members", "on", "legal_form"),
        ("targets.empty_organ", "targets.unattainable", "targets.attainable",
         "targets.attainable_rounded"),
    ),
    Rule(
        "targets.ambitious", _TARGETS, ("check_ambition",),
        (BW_2_166_2, BW_2_276_2),
        ("target", "current", "on", "legal_form"),
        ("targets.zero", "targets.empty_organ", "targets.ambition_unknown",
         "targets.not_ambitious", "targets.ambitious", "targets.keeps_balance"),
    ),
    Rule(
        "targets.progress", _TARGETS, ("check_progress",),
        (BW_2_166_2, BW_2_276_2),
        ("target", "company", "financial_year_end"),
        ("targets.no_composition", "targets.empty_organ", "targets.met",
         "targets.progress_unknown", "targets.missed", "targets.no_base", "targets.on_track",
         "targets.off_track"),
    ),
    Rule(
        "targets.present", _TARGETS, ("check_presence",),
        (BW_2_166_1, BW_2_166_2, BW_2_276_1, BW_2_276_2, BW_2_397_1, BW_2_398_1),
        ("company", "financial_year_end", "targets"),
        ("targets.missing", "targets.joint_unknown", "targets.joint_not_allowed",
         "targets.present", *_TARGETS_DUTY),
        in_force="act.in_force",
    ),
    Rule(
        "targets.flow", _TARGETS, ("check_flow_targets",),
        (BW_2_166_3, BW_2_276_3),
        ("targets", "on", "subject", "legal_form"),
        ("targets.flow_present", "targets.flow_missing"),
        advisory=True,
    ),
    Rule(
        "targets.projection", "ingroeiquotum.projection", ("projected_finding",),
        (BW_2_166_2, BW_2_276_2),
        ("target", "start", "course", "on", "horizon", "legal_form"),
        ("targets.no_composition", "projection.target_passed", "projection.sex_unknown",
         "targets.empty_organ", "projection.met_in_time", "projection.met_late",
         "projection.not_met_within"),
        advisory=True,
    ),
    # -- art. 2:166/2:276 lid 3 BW and art. 3d Bibv: the plan and the report ----------------
    Rule(
        "reporting.deadline", _REPORTING, ("check_deadline",),
        (BW_2_166_3, BW_2_276_3),
        ("financial_year_end", "submitted_on", "as_of", "legal_form", "subject",
         "financial_year_start"),
        (*_NOT_COVERED, "reporting.late", "reporting.on_time", "reporting.overdue",
         "reporting.open"),
        in_force="act.in_force",
    ),
    Rule(
        "reporting.complete", _REPORTING, ("check_completeness",),
        (BW_2_166_3, BW_2_276_3, BIBV_3D),
        ("report", "company"),
        ("reporting.no_duty", "reporting.incomplete", "reporting.complete"),
    ),
    Rule(
        "plan.present", _REPORTING, ("check_plan",),
        (BW_2_166_3, BW_2_276_3),
        ("report",),
        ("plan.present", "plan.missing"),
    ),
    Rule(
        "reporting.works_council", _REPORTING, ("check_works_council",),
        (BW_2_166_3, BW_2_276_3),
        ("report",),
        ("reporting.works_council_unknown", "reporting.works_council_involved",
         "reporting.works_council_not_involved"),
        advisory=True,
    ),
    # -- planning: the quota's verdicts over a succession plan ------------------------------
    Rule(
        "succession.earliest_balance", "ingroeiquotum.succession", ("earliest_balance",),
        (BW_2_142B_2, BW_2_142B_3),
        ("seats", "meetings", "subject", "size"),
        (*_NOT_IN_FORCE_QUOTA, "succession.balance_reachable", "succession.balance_already"),
        in_force="quota.minimum_share",
    ),
    # -- Directive (EU) 2022/2381 -----------------------------------------------------------
    Rule(
        "eu.scope", _EU, ("in_scope",),
        (EU_2022_2381_2, EU_2022_2381_3, EU_2022_2381_4),
        ("listing", "on", "subject"),
        ("eu.not_in_force", "eu.scope_office_outside_eu", "eu.scope_not_listed",
         "eu.scope_sme_unknown", "eu.scope_sme", "eu.scope_applies"),
        in_force="women_on_boards.in_force",
    ),
    Rule(
        "eu.objective", _EU, ("check_objective",),
        (EU_2022_2381_2, EU_2022_2381_5, EU_2022_2381_ANNEX),
        ("executives", "non_executives", "on", "objective", "subject", "two_tier"),
        ("eu.not_in_force", "eu.composition_unknown", "eu.objective_not_yet",
         "eu.objective_no_positions", "eu.objective_met", "eu.objective_unknown",
         "eu.objective_missed", "eu.objective_out_of_scope"),
        in_force="women_on_boards.in_force",
    ),
    Rule(
        "eu.selection", _EU, ("check_selection",),
        (EU_2022_2381_5, EU_2022_2381_6, EU_2022_2381_6_1, EU_2022_2381_6_2,
         EU_2022_2381_6_3, EU_2022_2381_12),
        ("process", "on", "objective", "meets_objective", "suspended", "subject"),
        ("eu.not_in_force", "eu.executive_objectives_not_required", "eu.duty_not_yet",
         "eu.duty_suspended", "eu.duty_not_required", "eu.duty_unknown", "eu.duty_met",
         "eu.duty_not_met", "eu.duty_not_met_if_missed"),
        in_force="women_on_boards.in_force",
    ),
    Rule(
        "eu.annual_information", _EU, ("check_annual_information",),
        (EU_2022_2381_7,),
        ("info",),
        ("eu.not_in_force", "eu.information_complete", "eu.information_incomplete"),
        in_force="women_on_boards.in_force",
    ),
    Rule(
        "eu.transposition", _EU, ("transposition",),
        (EU_2022_2381_11, COMMISSION_LETTER_2025),  # and the dated value's own citation
        ("on", "subject"),
        ("eu.transposition_not_due", "eu.transposition_not_in_force",
         "eu.transposition_recorded", "eu.transposition_letter"),
        in_force="women_on_boards.transposition_nl",
    ),
)  # fmt: skip

_BY_ID = {rule.id: rule for rule in _RULES}


def all_rules() -> tuple[Rule, ...]:
    """
    Every rule, in the order of the law: the quota, the scope, the targets, the report, the
    succession plan, the directive.

    >>> len(all_rules()) == len({rule.id for rule in all_rules()})
    True
    """
    return _RULES


def get(rule_id: str) -> Rule:
    """
    The rule with id ``rule_id``.

    Raises:
        InvalidArgument: if there is no such rule.
    """
    if isinstance(rule_id, str) and rule_id in _BY_ID:
        return _BY_ID[rule_id]
    raise InvalidArgument("rule_id", rule_id, "is not the id of a rule")


def citing(citation: Citation) -> tuple[Rule, ...]:
    """The rules that cite ``citation``: where the library decides that provision."""
    if not isinstance(citation, Citation):
        raise InvalidArgument("citation", citation, "must be a Citation")
    return tuple(rule for rule in _RULES if citation in rule.articles)
