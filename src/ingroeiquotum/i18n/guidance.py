"""
The guidance as text: recommendations, a plan's gap analysis, advice and where to learn more.

The recommendations' prose comes from the guidance's data file; every other word (the labels of
levers, audiences and actors, the headings) is in the catalogs, and dates and times are
formatted by babel. The functions are public at :mod:`ingroeiquotum.guidance` too.

>>> from ingroeiquotum import guidance
>>> print(render_recommendations(guidance.find(actor="works_council"), "en"))
Set ambitions, make a plan and track progress
- Involve the works council when reporting on diversity.
  Levers: governance and monitoring; concerns: management board, supervisory board, subtop;
  who: management board, works council
<BLANKLINE>
Source: SER, Key takeaways SER-dialoogbijeenkomst Diversiteit in de (sub)top – chemische en
technologische industrie (dialogue session of 24 September 2024).
"""

from __future__ import annotations

__all__ = [
    "render_advice",
    "render_plan_analysis",
    "render_recommendations",
    "render_source_information",
]

import datetime
import enum
from collections.abc import Iterable
from typing import TypeVar

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.guidance.queries import (
    Actor,
    Advice,
    Audience,
    PlanAnalysis,
    Recommendation,
    Theme,
    source_information,
)
from ingroeiquotum.i18n.messages import _babel_locale, _language, catalog, format_value
from ingroeiquotum.model.plan import Lever

_T = TypeVar("_T")

_NAMES: dict[enum.Enum, str] = {
    Audience.BESTUUR: "organ.bestuur",
    Audience.RVC: "organ.rvc_name",
    Audience.SUBTOP: "organ.subtop",
    Actor.BOARD: "organ.bestuur",
    Actor.RVC: "organ.rvc_name",
}
"""The tags that name an organ take the organ's one name, in lower case, from the catalog."""


def _text(key: str, language: str, **values: str) -> str:
    """The catalog's entry ``key``, its placeholders filled with ready-made text."""
    return catalog(language)[key].format(**values)


def _label(member: enum.Enum, language: str) -> str:
    key = _NAMES.get(member)
    if key is None:
        return catalog(language)[f"{type(member).__name__.lower()}.{member.value}"]
    name = catalog(language)[key]
    return name[:1].lower() + name[1:]


def _labels(members: Iterable[enum.Enum], language: str) -> str:
    chosen = set(members)
    kinds = sorted({type(member) for member in chosen}, key=lambda kind: kind.__name__)
    ordered = [member for kind in kinds for member in kind if member in chosen]
    return ", ".join(_label(member, language) for member in ordered)


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
    return _text(
        "guidance.source",
        language,
        publisher=info.publisher,
        title=info.title,
        on=format_value(info.date, language),
    )


def render_recommendations(
    recs: Iterable[Recommendation] | Recommendation, locale: str = "nl"
) -> str:
    """
    ``recs`` as plain text in ``locale``: grouped by theme, each with its tags, then the source.

    Raises:
        InvalidArgument: for an unknown locale or an item that is not a recommendation.

    .. versionadded:: 0.1.0

    """
    language = _language(locale)
    items = _items(recs, Recommendation, "recs")
    if not items:
        return _text("guidance.no_recommendations", language)
    lines: list[str] = []
    current: Theme | None = None
    for rec in items:
        if rec.theme != current:
            if current is not None:
                lines.append("")
            lines.append(rec.theme.title(language))
            current = rec.theme
        lines.append(f"- {rec.text(language)}")
        tags = _text(
            "guidance.tags",
            language,
            levers=_labels(rec.levers, language),
            audiences=_labels(rec.audiences, language),
            actors=_labels(rec.actors, language),
        )
        lines.append(f"  {tags}")
    lines.extend(("", _source_line(language)))
    return "\n".join(lines)


def render_plan_analysis(analysis: PlanAnalysis, locale: str = "nl") -> str:
    """
    ``analysis`` as plain text in ``locale``: what the plan covers and misses, and for each
    gap the recommendations that would fill it.

    Raises:
        InvalidArgument: for an unknown locale or when ``analysis`` is not a
            :class:`~ingroeiquotum.guidance.PlanAnalysis`.

    .. versionadded:: 0.1.0

    """
    language = _language(locale)
    if not isinstance(analysis, PlanAnalysis):
        raise InvalidArgument("analysis", analysis, "must be a PlanAnalysis")
    none = _text("guidance.none", language)

    def themes_text(items: Iterable[Theme]) -> str:
        return "; ".join(theme.title(language) for theme in items) or none

    def count(value: int) -> str:
        return format_value(value, language)

    lines = [
        _text(
            "guidance.plan_summary",
            language,
            levers=count(len(analysis.covered_levers)),
            lever_count=count(len(analysis.covered_levers) + len(analysis.missing_levers)),
            themes=count(len(analysis.covered_themes)),
            theme_count=count(len(analysis.covered_themes) + len(analysis.missing_themes)),
        ),
        _text(
            "guidance.levers_covered",
            language,
            items=_labels(analysis.covered_levers, language) or none,
        ),
        _text(
            "guidance.levers_missing",
            language,
            items=_labels(analysis.missing_levers, language) or none,
        ),
        _text("guidance.themes_covered", language, items=themes_text(analysis.covered_themes)),
        _text("guidance.themes_missing", language, items=themes_text(analysis.missing_themes)),
    ]
    for gap in analysis.gaps:
        if isinstance(gap.missing, Lever):
            heading = _text("guidance.missing_lever", language, item=_label(gap.missing, language))
        else:
            heading = _text("guidance.missing_theme", language, item=gap.missing.title(language))
        lines.extend(("", heading))
        lines.extend(f"- {rec.text(language)}" for rec in gap.recommendations)
    return "\n".join(lines)


def render_advice(advice: Iterable[Advice] | Advice, locale: str = "nl") -> str:
    """
    ``advice`` as plain text in ``locale``: per finding its rule, subject and article, the
    reason, and the recommendations.

    Raises:
        InvalidArgument: for an unknown locale or an item that is not an
            :class:`~ingroeiquotum.guidance.Advice`.

    .. versionadded:: 0.1.0

    """
    language = _language(locale)
    items = _items(advice, Advice, "advice")
    if not items:
        return _text("guidance.no_advice", language)
    blocks: list[str] = []
    for item in items:
        finding = item.finding
        about = finding.rule + (f", {finding.subject}" if finding.subject else "")
        lines = [
            _text("guidance.finding", language, about=about, article=str(finding.article)),
            _text("guidance.why", language, reason=item.reason(language)),
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
    from babel import dates

    language = _language(locale)
    info = source_information()
    desk = info.helpdesk
    pattern = catalog(language)["guidance.time_format"]

    def clock(value: datetime.time) -> str:
        return str(dates.format_time(value, pattern, locale=_babel_locale(language)))

    hours = _text("guidance.hours", language, opens=clock(desk.opens), closes=clock(desk.closes))
    nl = language == "nl"
    return _text(
        "guidance.more_information",
        language,
        portal=info.portal,
        topics=desk.topics_nl if nl else desk.topics_en,
        days=desk.days_nl if nl else desk.days_en,
        hours=hours,
        phone=desk.phone,
    )
