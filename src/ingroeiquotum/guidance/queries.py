"""
Guidance (*handreikingen*): the SER's key takeaways on gender diversity in the (sub)top.

The SER (Sociaal-Economische Raad) published "Key takeaways SER-dialoogbijeenkomst Diversiteit in
de (sub)top – chemische en technologische industrie" after a dialogue session on 24 September
2024, where directors of companies in the chemical and technology sector shared how they set
targets and plans of action. Every recommendation of that document is data, in the
file ``guidance/takeaways.toml`` (read with :mod:`tomllib` on first use and checked strictly),
grouped under its six themes, in Dutch (faithful to the bullet) and in English (in our own
words), each tagged with:

* the :class:`~ingroeiquotum.model.plan.Lever` it works on (the levers a plan's measures use);
* the :class:`Audience`: the organs or groups it concerns (bestuur, RvC, subtop, the whole
  workforce, the pipeline of pupils and students);
* the :class:`Actor`: who acts on it (board, RvC, HR, works council, selection committee,
  leaders, the whole organisation);
* its :class:`Source`: the document, its date and its theme, and the bullet as printed.

On top of the data: a query API (:func:`find`), a gap analysis of a company's plan of action
(:func:`analyse_plan`), advice that links findings to recommendations (:func:`advise`), and
plain-text rendering in Dutch and English (``render_*``, which live in
:mod:`ingroeiquotum.i18n.guidance` with the package's other texts and are reachable at
:mod:`ingroeiquotum.guidance`, the public path that gathers both). The guidance is advice from practice, not law: it
never changes a verdict.

>>> len(recommendations()), len(themes())
(31, 6)
>>> rec = get("ambition.inflow_promotion_targets")
>>> str(rec.theme)
'Stel ambities, maak een plan en monitor de voortgang'
>>> rec.text_en
'Set targets for how many women join the company and how many of them are promoted.'
>>> sorted(lever.value for lever in rec.levers)
['development', 'governance', 'recruitment']
>>> [r.key for r in find(text="GIRLS DAY")]
['education.girls_day']
>>> [r.key for r in find(actor="works_council")]
['ambition.works_council_reporting']

More information: ``docs/explanation/guidance.md``.
"""

from __future__ import annotations

__all__ = [
    "Actor",
    "Advice",
    "AdviceRule",
    "Audience",
    "Gap",
    "Helpdesk",
    "PlanAnalysis",
    "Recommendation",
    "Source",
    "SourceInformation",
    "Theme",
    "advise",
    "analyse_plan",
    "find",
    "get",
    "recommendations",
    "source_information",
    "themes",
]

import functools
import unicodedata
from collections.abc import Iterable, Mapping

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.guidance import _load
from ingroeiquotum.guidance._model import (
    Actor,
    Advice,
    AdviceRule,
    Audience,
    Gap,
    Helpdesk,
    PlanAnalysis,
    Recommendation,
    Source,
    SourceInformation,
    Theme,
)
from ingroeiquotum.law.findings import Finding
from ingroeiquotum.model.organs import Organ, OrganKind
from ingroeiquotum.model.plan import Lever, Plan

# -- data access ---------------------------------------------------------------------------------


def recommendations() -> tuple[Recommendation, ...]:
    """
    Every recommendation of the takeaways, in the document's order.

    >>> recommendations()[0].text_nl
    'Begin, luister en stuur bij waar dat nodig is.'

    .. versionadded:: 0.1.0
    """
    return _load.takeaways().recommendations


def themes() -> tuple[Theme, ...]:
    """
    The document's six themes, in its order.

    >>> [theme.key for theme in themes()]
    ['ambition', 'talent', 'education', 'culture', 'participation', 'barriers']

    .. versionadded:: 0.1.0
    """
    return _load.takeaways().themes


def source_information() -> SourceInformation:
    """
    The document's title, session, portal and helpdesk (facts about the source).

    >>> info = source_information()
    >>> info.portal, info.helpdesk.phone
    ('www.diversiteitsportaal.nl', '070 - 2002 532')

    .. versionadded:: 0.1.0
    """
    return _load.takeaways().source_information


@functools.cache
def _by_key() -> Mapping[str, Recommendation]:
    return {rec.key: rec for rec in recommendations()}


@functools.cache
def _folded() -> Mapping[str, str]:
    return {
        rec.key: "\n".join(_fold(text) for text in (rec.text_nl, rec.text_en, rec.source_text))
        for rec in recommendations()
    }


def get(key: str) -> Recommendation:
    """
    The recommendation with this ``key``.

    >>> get("barriers.part_time_work").text_nl
    'Maak parttime werken mogelijk.'

    Raises:
        InvalidArgument: for an unknown key.

    .. versionadded:: 0.1.0

    """
    if isinstance(key, str) and key.strip() in _by_key():
        return _by_key()[key.strip()]
    raise InvalidArgument("key", key, "is not the key of a recommendation")


def _fold(text: str) -> str:
    """``text`` without accents, case-folded, whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def _theme(value: object) -> Theme:
    known = themes()
    if isinstance(value, Theme) and value in known:
        return value
    if isinstance(value, str):
        folded = _fold(value)
        for theme in known:
            if folded in (theme.key, _fold(theme.title_nl), _fold(theme.title_en)):
                return theme
    keys = ", ".join(repr(theme.key) for theme in known)
    raise InvalidArgument("theme", value, f"must be one of {keys}")


def find(
    *,
    theme: Theme | str | None = None,
    lever: Lever | str | None = None,
    audience: Audience | str | None = None,
    actor: Actor | str | None = None,
    text: str | None = None,
) -> tuple[Recommendation, ...]:
    """
    The recommendations that match every criterion given, in the document's order.

    ``theme`` is a :class:`Theme`, its key or its title; ``lever``, ``audience`` and ``actor``
    are members of their enums or their values. ``text`` matches a substring of the Dutch text,
    the English text or the source text, ignoring case and accents (``"creeer"`` finds
    "Creëer").

    >>> [rec.key for rec in find(theme="participation", lever="development")]
    ['participation.ask_women']
    >>> [rec.key for rec in find(text="creeer")]
    ['culture.inclusive_workplace', 'culture.business_case']

    Raises:
        InvalidArgument: for an unknown theme, lever, audience or actor, or an empty text.

    .. versionadded:: 0.1.0

    """
    selected_theme = None if theme is None else _theme(theme)
    selected_lever = None if lever is None else Lever.parse(lever, "lever")
    selected_audience = None if audience is None else Audience.parse(audience)
    selected_actor = None if actor is None else Actor.parse(actor)
    needle = None
    if text is not None:
        if not isinstance(text, str) or not text.strip():
            raise InvalidArgument("text", text, "must be a non-empty string")
        needle = _fold(text)
    folded = _folded()
    return tuple(
        rec
        for rec in recommendations()
        if (selected_theme is None or rec.theme == selected_theme)
        and (selected_lever is None or selected_lever in rec.levers)
        and (selected_audience is None or selected_audience in rec.audiences)
        and (selected_actor is None or selected_actor in rec.actors)
        and (needle is None or needle in folded[rec.key])
    )


# -- plan analysis -------------------------------------------------------------------------------


def analyse_plan(plan: Plan) -> PlanAnalysis:
    """
    Which levers and themes ``plan`` covers, which it misses, and what would fill each gap.

    A lever is covered when some measure of the plan works on it. A theme is covered when the
    plan covers every lever of at least one recommendation listed under that theme, so that the
    plan could carry out that recommendation in full; one shared lever is not enough (otherwise
    a plan with only governance measures would "cover" the culture theme through "combine
    targets with cultural embedding"). For a missing lever, the gap lists every recommendation
    that works on it; for a missing theme, every recommendation of that theme (each of which
    needs at least one lever the plan lacks).

    >>> from ingroeiquotum.plan import Measure
    >>> plan = Plan((Measure("Balanced shortlists", levers={Lever.RECRUITMENT}),))
    >>> analysis = analyse_plan(plan)
    >>> [theme.key for theme in analysis.covered_themes]
    ['talent']
    >>> [lever.value for lever in analysis.missing_levers]
    ['development', 'retention', 'culture', 'education', 'barriers', 'governance']

    Raises:
        InvalidArgument: when ``plan`` is not a :class:`~ingroeiquotum.model.plan.Plan`.

    .. versionadded:: 0.1.0

    """
    if not isinstance(plan, Plan):
        raise InvalidArgument("plan", plan, "must be a Plan")
    covered = plan.levers
    recs = recommendations()
    covered_levers = tuple(lever for lever in Lever if lever in covered)
    missing_levers = tuple(lever for lever in Lever if lever not in covered)
    covered_themes: list[Theme] = []
    missing_themes: list[Theme] = []
    for theme in themes():
        carried = any(rec.levers <= covered for rec in recs if rec.theme == theme)
        (covered_themes if carried else missing_themes).append(theme)
    gaps = [
        Gap(lever, tuple(rec for rec in recs if lever in rec.levers)) for lever in missing_levers
    ]
    gaps.extend(
        Gap(theme, tuple(rec for rec in recs if rec.theme == theme)) for theme in missing_themes
    )
    return PlanAnalysis(
        covered_levers=covered_levers,
        missing_levers=missing_levers,
        covered_themes=tuple(covered_themes),
        missing_themes=tuple(missing_themes),
        gaps=tuple(gaps),
    )


# -- advice from findings ------------------------------------------------------------------------


def _organ_kind(subject: str) -> OrganKind | None:
    try:
        return Organ.parse(subject).kind
    except InvalidArgument:
        return None


def _matches(row: AdviceRule, finding: Finding) -> bool:
    if row.rule != finding.rule or row.verdict is not finding.verdict:
        return False
    return not row.organs or _organ_kind(finding.subject) in row.organs


def advise(findings: Iterable[Finding] | Finding) -> tuple[Advice, ...]:
    """
    The advice for each finding that has some, in the findings' order.

    Each finding is looked up in the advice table by its ``rule`` and ``verdict`` (and, for a
    missing target, by whether its ``subject`` is a subtop category). Compliant findings, and
    findings of rules the table does not list, get no advice.

    >>> from datetime import date
    >>> from ingroeiquotum.citations import BW_2_166_2
    >>> from ingroeiquotum.findings import Verdict
    >>> finding = Finding(
    ...     rule="targets.present", rule_version="1", verdict=Verdict.NOT_COMPLIANT,
    ...     on=date(2025, 6, 30), message="targets.missing", subject="subtop:Directors",
    ...     citations=(BW_2_166_2,),
    ... )
    >>> [rec.key for rec in advise([finding])[0].recommendations]  # doctest: +NORMALIZE_WHITESPACE
    ['ambition.split_staff_core_roles', 'ambition.inflow_promotion_targets',
     'participation.women_codecide_targets', 'ambition.start_listen_adjust']

    Raises:
        InvalidArgument: when an item is not a :class:`~ingroeiquotum.law.findings.Finding`.

    .. versionadded:: 0.1.0

    """
    items: Iterable[object] = (findings,) if isinstance(findings, Finding) else findings
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise InvalidArgument("findings", findings, "must be an iterable of Finding")
    advice: list[Advice] = []
    for index, finding in enumerate(items):
        if not isinstance(finding, Finding):
            raise InvalidArgument(f"findings[{index}]", finding, "must be a Finding")
        for row in _load.takeaways().advice:
            if _matches(row, finding):
                recs = tuple(get(key) for key in row.recommendations)
                advice.append(Advice(row.key, finding, recs, row.reason_nl, row.reason_en))
                break
    return tuple(advice)
