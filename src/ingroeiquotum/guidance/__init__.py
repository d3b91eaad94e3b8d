"""
Guidance (*handreikingen*): the SER's key takeaways on gender diversity in the (sub)top.

The SER (Sociaal-Economische Raad) published "Key takeaways SER-dialoogbijeenkomst Diversiteit in
de (sub)top – chemische en technologische industrie" after a dialogue session on 24 September
2024, where directors of companies in the chemical and technology sector shared how they set
targets and plans of action. This module holds every recommendation of that document as data,
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
plain-text rendering in Dutch and English. The guidance is advice from practice, not law: it
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

More information: ``docs/guidance.md``.
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
    "render_advice",
    "render_plan_analysis",
    "render_recommendations",
    "render_source_information",
    "source_information",
    "themes",
]

import datetime
import enum
import functools
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TypeVar

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.model.organs import Organ, OrganKind
from ingroeiquotum.model.plan import Lever, Plan

_LANGUAGES = ("nl", "en")
_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")


def _parse_enum(cls: type[_E], value: object, field: str) -> _E:
    return _validate.member(cls, value, field)


class Audience(enum.Enum):
    """
    The organs or groups a recommendation concerns (*doelgroep*).

    .. versionadded:: 0.1.0
    """

    BESTUUR = "bestuur"
    """The management board, or the executive directors (*bestuur*)."""
    RVC = "rvc"
    """The supervisory board, or the non-executive directors (*raad van commissarissen*)."""
    SUBTOP = "subtop"
    """The managerial categories below the board (*subtop*)."""
    WORKFORCE = "workforce"
    """The whole workforce (*het hele personeelsbestand*)."""
    PIPELINE = "pipeline"
    """Pupils, students and young people who may enter the sector (*onderwijs en instroom*)."""

    @classmethod
    def parse(cls, value: object, field: str = "audience") -> Audience:
        """The audience named by ``value`` (an :class:`Audience` or its value)."""
        return _parse_enum(cls, value, field)


class Actor(enum.Enum):
    """
    Who acts on a recommendation (*wie is aan zet*).

    .. versionadded:: 0.1.0
    """

    BOARD = "board"
    """The management board (*bestuur*)."""
    RVC = "rvc"
    """The supervisory board (*raad van commissarissen*)."""
    HR = "hr"
    """Human resources (*HR*, *personeelszaken*)."""
    WORKS_COUNCIL = "works_council"
    """The works council (*ondernemingsraad*, OR)."""
    SELECTION_COMMITTEE = "selection_committee"
    """The committee that selects candidates for an appointment (*selectiecommissie*)."""
    LEADERS = "leaders"
    """Managers and leaders throughout the company (*leidinggevenden*)."""
    ORGANISATION = "organisation"
    """The organisation as a whole (*de hele organisatie*)."""

    @classmethod
    def parse(cls, value: object, field: str = "actor") -> Actor:
        """The actor named by ``value`` (an :class:`Actor` or its value, e.g. ``"hr"``)."""
        return _parse_enum(cls, value, field)


def _language(locale: object) -> str:
    if isinstance(locale, str):
        language = locale.replace("-", "_").split("_")[0].strip().lower()
        if language in _LANGUAGES:
            return language
    raise InvalidArgument("locale", locale, "must be 'nl' or 'en'")


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument(attribute.name, value, "must be a non-empty string")


@attrs.frozen
class Theme:
    """
    One of the document's themes (*thema*): a stable key and its Dutch and English titles.

    ``str()`` gives the Dutch title, as printed in the document.

    .. versionadded:: 0.1.0
    """

    key: str = attrs.field(validator=_non_empty)
    title_nl: str = attrs.field(validator=_non_empty)
    title_en: str = attrs.field(validator=_non_empty)

    def title(self, locale: str) -> str:
        """The title in ``locale`` (``"nl"`` or ``"en"``)."""
        return self.title_nl if _language(locale) == "nl" else self.title_en

    def __str__(self) -> str:
        return self.title_nl


@attrs.frozen
class Source:
    """
    Where a recommendation comes from: the document, its publisher, its date and its theme.

    ``date`` is the date of the dialogue session the document reports on.

    .. versionadded:: 0.1.0
    """

    title: str
    publisher: str
    date: datetime.date
    theme: Theme

    def __str__(self) -> str:
        return f"{self.publisher}, {self.title}, {self.date.isoformat()}, {self.theme.title_nl}"


def _levers(value: Iterable[Lever]) -> frozenset[Lever]:
    return frozenset(Lever.parse(item, "levers") for item in value)


def _audiences(value: Iterable[Audience]) -> frozenset[Audience]:
    return frozenset(Audience.parse(item, "audiences") for item in value)


def _actors(value: Iterable[Actor]) -> frozenset[Actor]:
    return frozenset(Actor.parse(item, "actors") for item in value)


def _not_empty_set(
    instance: object, attribute: attrs.Attribute[frozenset[object]], value: object
) -> None:
    if not value:
        raise InvalidArgument(attribute.name, value, "needs at least one tag")


@attrs.frozen
class Recommendation:
    """
    One recommendation of the takeaways (*aanbeveling*), with its tags and its source.

    Attributes:
        key: a stable dotted id, the theme's key first (``"ambition.inflow_promotion_targets"``).
        theme: the :class:`Theme` it is listed under.
        text_nl: the recommendation in Dutch, faithful to the bullet, as a clean sentence.
        text_en: the recommendation in English, in our own words.
        levers: the :class:`~ingroeiquotum.model.plan.Lever` values it works on (at least one).
        audiences: the :class:`Audience` values it concerns (at least one).
        actors: the :class:`Actor` values who act on it (at least one).
        source: the :class:`Source`.
        source_text: the bullet as printed in the document, its line breaks joined.

    .. versionadded:: 0.1.0

    """

    key: str = attrs.field(validator=_non_empty)
    theme: Theme
    text_nl: str = attrs.field(validator=_non_empty)
    text_en: str = attrs.field(validator=_non_empty)
    levers: frozenset[Lever] = attrs.field(converter=_levers, validator=_not_empty_set)
    audiences: frozenset[Audience] = attrs.field(converter=_audiences, validator=_not_empty_set)
    actors: frozenset[Actor] = attrs.field(converter=_actors, validator=_not_empty_set)
    source: Source
    source_text: str = attrs.field(validator=_non_empty)

    def __attrs_post_init__(self) -> None:
        if not self.key.startswith(f"{self.theme.key}."):
            raise InvalidArgument("key", self.key, f"must start with {self.theme.key + '.'!r}")
        if self.source.theme != self.theme:
            raise InvalidArgument("source", self.source, "must name the recommendation's theme")

    def text(self, locale: str) -> str:
        """The recommendation in ``locale`` (``"nl"`` or ``"en"``)."""
        return self.text_nl if _language(locale) == "nl" else self.text_en

    def __str__(self) -> str:
        return self.text_nl


@attrs.frozen
class Helpdesk:
    """
    The SER helpdesk the document refers readers to.

    .. versionadded:: 0.1.0
    """

    topics_nl: str
    topics_en: str
    days_nl: str
    days_en: str
    opens: datetime.time
    closes: datetime.time
    phone: str


@attrs.frozen
class SourceInformation:
    """
    What the document says besides its recommendations: its title, the session, the portal
    and the helpdesk. These are facts about the source, not recommendations.

    .. versionadded:: 0.1.0
    """

    title: str
    publisher: str
    date: datetime.date
    event: str
    introduction_nl: str
    introduction_en: str
    portal: str
    portal_url: str
    helpdesk: Helpdesk


def _organ_kinds(value: Iterable[OrganKind]) -> frozenset[OrganKind]:
    return frozenset(value)


@attrs.frozen
class AdviceRule:
    """
    One row of the advice table: which finding it answers, with which recommendations, why.

    A finding matches when its ``rule`` and ``verdict`` are equal to the row's and, where
    ``organs`` is not empty, its ``subject`` names an organ of one of those kinds. The first
    matching row in the table applies.

    .. versionadded:: 0.1.0
    """

    key: str
    rule: str
    verdict: Verdict
    recommendations: tuple[str, ...]
    reason_nl: str
    reason_en: str
    organs: frozenset[OrganKind] = attrs.field(default=(), converter=_organ_kinds)


@attrs.frozen
class Advice:
    """
    The recommendations that answer one finding, and the reason that links them.

    ``key`` names the row of the advice table that applied.

    .. versionadded:: 0.1.0
    """

    key: str
    finding: Finding = attrs.field(hash=False)
    recommendations: tuple[Recommendation, ...]
    reason_nl: str
    reason_en: str

    def reason(self, locale: str) -> str:
        """The reason in ``locale`` (``"nl"`` or ``"en"``)."""
        return self.reason_nl if _language(locale) == "nl" else self.reason_en


@attrs.frozen
class Gap:
    """
    Something a plan misses (a lever or a theme) and the recommendations that would fill it.

    .. versionadded:: 0.1.0
    """

    missing: Lever | Theme
    recommendations: tuple[Recommendation, ...]


@attrs.frozen
class PlanAnalysis:
    """
    Which levers and themes a plan of action covers and misses.

    Levers are listed in the order of :class:`~ingroeiquotum.model.plan.Lever`, themes in the
    document's order. ``gaps`` has one :class:`Gap` per missing lever, then one per missing
    theme.

    .. versionadded:: 0.1.0
    """

    covered_levers: tuple[Lever, ...]
    missing_levers: tuple[Lever, ...]
    covered_themes: tuple[Theme, ...]
    missing_themes: tuple[Theme, ...]
    gaps: tuple[Gap, ...]

    @property
    def complete(self) -> bool:
        """Whether the plan covers every lever and every theme."""
        return not self.missing_levers and not self.missing_themes


# -- data access ---------------------------------------------------------------------------------


def recommendations() -> tuple[Recommendation, ...]:
    """
    Every recommendation of the takeaways, in the document's order.

    >>> recommendations()[0].text_nl
    'Begin, luister en stuur bij waar dat nodig is.'

    .. versionadded:: 0.1.0
    """
    from ingroeiquotum.guidance import _data as _guidance_data

    return _guidance_data.RECOMMENDATIONS


def themes() -> tuple[Theme, ...]:
    """
    The document's six themes, in its order.

    >>> [theme.key for theme in themes()]
    ['ambition', 'talent', 'education', 'culture', 'participation', 'barriers']

    .. versionadded:: 0.1.0
    """
    from ingroeiquotum.guidance import _data as _guidance_data

    return _guidance_data.THEMES


def source_information() -> SourceInformation:
    """
    The document's title, session, portal and helpdesk (facts about the source).

    >>> info = source_information()
    >>> info.portal, info.helpdesk.phone
    ('www.diversiteitsportaal.nl', '070 - 2002 532')

    .. versionadded:: 0.1.0
    """
    from ingroeiquotum.guidance import _data as _guidance_data

    return _guidance_data.SOURCE_INFORMATION


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
    from ingroeiquotum.guidance import _data as _guidance_data

    items: Iterable[object] = (findings,) if isinstance(findings, Finding) else findings
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise InvalidArgument("findings", findings, "must be an iterable of Finding")
    advice: list[Advice] = []
    for index, finding in enumerate(items):
        if not isinstance(finding, Finding):
            raise InvalidArgument(f"findings[{index}]", finding, "must be a Finding")
        for row in _guidance_data.ADVICE:
            if _matches(row, finding):
                recs = tuple(get(key) for key in row.recommendations)
                advice.append(Advice(row.key, finding, recs, row.reason_nl, row.reason_en))
                break
    return tuple(advice)


# -- rendering -----------------------------------------------------------------------------------


def _word(key: str, language: str) -> str:
    from ingroeiquotum.guidance import _data as _guidance_data

    nl, en = _guidance_data.WORDS[key]
    return nl if language == "nl" else en


def _labels(members: Iterable[enum.Enum], language: str) -> str:
    from ingroeiquotum.guidance import _data as _guidance_data

    labels: Mapping[enum.Enum, tuple[str, str]] = _guidance_data.LABELS
    index = 0 if language == "nl" else 1
    chosen = set(members)
    ordered = [member for member in labels if member in chosen]
    return ", ".join(labels[member][index] for member in ordered)


def _date(value: datetime.date, language: str) -> str:
    from ingroeiquotum.guidance import _data as _guidance_data

    months = _guidance_data.MONTHS_NL if language == "nl" else _guidance_data.MONTHS_EN
    return f"{value.day} {months[value.month - 1]} {value.year}"


def _items(value: Iterable[_T] | _T, kind: type[_T], field: str) -> tuple[_T, ...]:
    if isinstance(value, kind):
        return (value,)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidArgument(field, value, f"must be an iterable of {kind.__name__}")
    items = tuple(value)
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise InvalidArgument(f"{field}[{index}]", item, f"must be a {kind.__name__}")
    return items


def _source_line(language: str) -> str:
    info = source_information()
    session = _word("session", language)
    return (
        f"{_word('source', language)}: {info.publisher}, {info.title} "
        f"({session} {_date(info.date, language)})."
    )


def render_recommendations(
    recs: Iterable[Recommendation] | Recommendation, locale: str = "nl"
) -> str:
    """
    ``recs`` as plain text in ``locale``: grouped by theme, each with its tags, then the source.

    >>> print(render_recommendations(find(actor="works_council"), "en"))
    Set ambitions, make a plan and track progress
    - Involve the works council when reporting on diversity.
      Levers: governance and monitoring; concerns: management board, supervisory board, subtop;
      who: management board, works council
    <BLANKLINE>
    Source: SER, Key takeaways SER-dialoogbijeenkomst Diversiteit in de (sub)top – chemische en
    technologische industrie (dialogue session of 24 September 2024).

    Raises:
        InvalidArgument: for an unknown locale or an item that is not a recommendation.

    .. versionadded:: 0.1.0

    """
    language = _language(locale)
    items = _items(recs, Recommendation, "recs")
    if not items:
        return _word("no_recommendations", language)
    lines: list[str] = []
    current: Theme | None = None
    for rec in items:
        if rec.theme != current:
            if current is not None:
                lines.append("")
            lines.append(rec.theme.title(language))
            current = rec.theme
        lines.append(f"- {rec.text(language)}")
        lines.append(
            f"  {_word('levers', language)}: {_labels(rec.levers, language)}; "
            f"{_word('concerns', language)}: {_labels(rec.audiences, language)}; "
            f"{_word('who', language)}: {_labels(rec.actors, language)}"
        )
    lines.extend(("", _source_line(language)))
    return "\n".join(lines)


def render_plan_analysis(analysis: PlanAnalysis, locale: str = "nl") -> str:
    """
    ``analysis`` as plain text in ``locale``: what the plan covers and misses, and for each
    gap the recommendations that would fill it.

    Raises:
        InvalidArgument: for an unknown locale or when ``analysis`` is not a
            :class:`PlanAnalysis`.

    .. versionadded:: 0.1.0

    """
    language = _language(locale)
    if not isinstance(analysis, PlanAnalysis):
        raise InvalidArgument("analysis", analysis, "must be a PlanAnalysis")
    none = _word("none", language)

    def themes_text(items: Iterable[Theme]) -> str:
        return "; ".join(theme.title(language) for theme in items) or none

    lever_count = len(analysis.covered_levers) + len(analysis.missing_levers)
    theme_count = len(analysis.covered_themes) + len(analysis.missing_themes)
    lines = [
        _word("plan_summary", language).format(
            levers=len(analysis.covered_levers),
            lever_count=lever_count,
            themes=len(analysis.covered_themes),
            theme_count=theme_count,
        ),
        f"{_word('levers_covered', language)}: {_labels(analysis.covered_levers, language) or none}",
        f"{_word('levers_missing', language)}: {_labels(analysis.missing_levers, language) or none}",
        f"{_word('themes_covered', language)}: {themes_text(analysis.covered_themes)}",
        f"{_word('themes_missing', language)}: {themes_text(analysis.missing_themes)}",
    ]
    for gap in analysis.gaps:
        if isinstance(gap.missing, Lever):
            heading = f"{_word('missing_lever', language)}: {_labels((gap.missing,), language)}"
        else:
            heading = f"{_word('missing_theme', language)}: {gap.missing.title(language)}"
        lines.extend(("", heading))
        lines.extend(f"- {rec.text(language)}" for rec in gap.recommendations)
    return "\n".join(lines)


def render_advice(advice: Iterable[Advice] | Advice, locale: str = "nl") -> str:
    """
    ``advice`` as plain text in ``locale``: per finding its rule, subject and article, the
    reason, and the recommendations.

    Raises:
        InvalidArgument: for an unknown locale or an item that is not an :class:`Advice`.

    .. versionadded:: 0.1.0

    """
    language = _language(locale)
    items = _items(advice, Advice, "advice")
    if not items:
        return _word("no_advice", language)
    blocks: list[str] = []
    for item in items:
        finding = item.finding
        about = finding.rule + (f", {finding.subject}" if finding.subject else "")
        lines = [
            f"{_word('finding', language)}: {about} ({finding.article})",
            f"{_word('why', language)}: {item.reason(language)}",
        ]
        lines.extend(f"- {rec.text(language)}" for rec in item.recommendations)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def render_source_information(locale: str = "nl") -> str:
    """
    Where to find more information, as the document's closing lines give it.

    >>> print(render_source_information("en"))  # doctest: +NORMALIZE_WHITESPACE
    More information: www.diversiteitsportaal.nl. Helpdesk, for questions about the diversity
    portal, the reporting and the Wet ingroeiquotum en streefcijfers: Monday to Friday,
    08:00–18:00, telephone 070 - 2002 532.

    .. versionadded:: 0.1.0
    """
    language = _language(locale)
    info = source_information()
    desk = info.helpdesk
    if language == "nl":
        hours = f"{desk.opens.hour}.{desk.opens.minute:02d}–{desk.closes.hour}.{desk.closes.minute:02d} uur"
        return (
            f"Meer informatie: {info.portal}. Helpdesk, voor {desk.topics_nl}: {desk.days_nl}, "
            f"{hours}, telefoon {desk.phone}."
        )
    hours = f"{desk.opens:%H:%M}–{desk.closes:%H:%M}"
    return (
        f"More information: {info.portal}. Helpdesk, for {desk.topics_en}: {desk.days_en}, "
        f"{hours}, telephone {desk.phone}."
    )
